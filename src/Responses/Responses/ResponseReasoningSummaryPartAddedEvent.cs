using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>A part of a reasoning summary started (<c>response.reasoning_summary_part.added</c>).</summary>
public sealed record ResponseReasoningSummaryPartAddedEvent : ResponseStreamEvent
{
    /// <summary>The discriminator value of this variant.</summary>
    public const string Kind = "response.reasoning_summary_part.added";

    /// <summary>Initializes a new instance with its type set to <c>response.reasoning_summary_part.added</c>.</summary>
    public ResponseReasoningSummaryPartAddedEvent()
    {
        Type = Kind;
    }

    /// <summary>Gets the id of the output item the event is about.</summary>
    [JsonPropertyName("item_id")]
    public string ItemId { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the index of the output item in the response's output.</summary>
    [JsonPropertyName("output_index")]
    public int OutputIndex { get; init; }

    /// <summary>Gets the index of the summary part in the reasoning item's summary.</summary>
    [JsonPropertyName("summary_index")]
    public int SummaryIndex { get; init; }

    /// <summary>Gets the part as it starts.</summary>
    [JsonPropertyName("part")]
    public ReasoningText? Part { get; init; }
}
