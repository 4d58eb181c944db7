using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>A reasoning text part is complete (<c>response.reasoning_text.done</c>).</summary>
public sealed record ResponseReasoningTextDoneEvent : ResponseStreamEvent
{
    /// <summary>The discriminator value of this variant.</summary>
    public const string Kind = "response.reasoning_text.done";

    /// <summary>Initializes a new instance with its type set to <c>response.reasoning_text.done</c>.</summary>
    public ResponseReasoningTextDoneEvent()
    {
        Type = Kind;
    }

    /// <summary>Gets the id of the output item the event is about.</summary>
    [JsonPropertyName("item_id")]
    public string ItemId { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the index of the output item in the response's output.</summary>
    [JsonPropertyName("output_index")]
    public int OutputIndex { get; init; }

    /// <summary>Gets the index of the content part in the item's content.</summary>
    [JsonPropertyName("content_index")]
    public int ContentIndex { get; init; }

    /// <summary>Gets the whole text of the part.</summary>
    [JsonPropertyName("text")]
    public string Text { get; init => field = value ?? string.Empty; } = string.Empty;
}
