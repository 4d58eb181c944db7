using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>An MCP call's arguments are complete (<c>response.mcp_call_arguments.done</c>).</summary>
public sealed record ResponseMcpCallArgumentsDoneEvent : ResponseStreamEvent
{
    /// <summary>The discriminator value of this variant.</summary>
    public const string Kind = "response.mcp_call_arguments.done";

    /// <summary>Initializes a new instance with its type set to <c>response.mcp_call_arguments.done</c>.</summary>
    public ResponseMcpCallArgumentsDoneEvent()
    {
        Type = Kind;
    }

    /// <summary>Gets the id of the output item the event is about.</summary>
    [JsonPropertyName("item_id")]
    public string ItemId { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the index of the output item in the response's output.</summary>
    [JsonPropertyName("output_index")]
    public int OutputIndex { get; init; }

    /// <summary>Gets the whole arguments, as JSON text.</summary>
    [JsonPropertyName("arguments")]
    public string Arguments { get; init => field = value ?? string.Empty; } = string.Empty;
}
