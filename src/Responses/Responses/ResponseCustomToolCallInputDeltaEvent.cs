using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>A piece of a custom tool call's input arrived (<c>response.custom_tool_call_input.delta</c>).</summary>
public sealed record ResponseCustomToolCallInputDeltaEvent : ResponseStreamEvent
{
    /// <summary>The discriminator value of this variant.</summary>
    public const string Kind = "response.custom_tool_call_input.delta";

    /// <summary>Initializes a new instance with its type set to <c>response.custom_tool_call_input.delta</c>.</summary>
    public ResponseCustomToolCallInputDeltaEvent()
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
