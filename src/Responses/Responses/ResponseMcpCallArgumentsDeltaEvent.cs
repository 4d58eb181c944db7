using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>A piece of an MCP call's arguments arrived (<c>response.mcp_call_arguments.delta</c>).</summary>
public sealed record ResponseMcpCallArgumentsDeltaEvent : ResponseStreamEvent
{
    /// <summary>The discriminator value of this variant.</summary>
    public const string Kind = "response.mcp_call_arguments.delta";

    /// <summary>Initializes a new instance with its type set to <c>response.mcp_call_arguments.delta</c>.</summary>
    public ResponseMcpCallArgumentsDeltaEvent()
    {
        Type = Kind;
    }

    /// <summary>Gets the id of the output item the event is about.</summary>
    [JsonPropertyName("item_id")]
    public string ItemId { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the index of the output item in the response's output.</summary>
    [JsonPropertyName("output_index")]
    public int OutputIndex { get; init; }

    /// <summary>Gets the piece of text that arrived.</summary>
    [JsonPropertyName("delta")]
    public string Delta { get; init => field = value ?? string.Empty; } = string.Empty;
}
