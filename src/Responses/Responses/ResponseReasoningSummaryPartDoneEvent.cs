using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>A part of a reasoning summary is complete (<c>response.reasoning_summary_part.done</c>).</summary>
public sealed record ResponseReasoningSummaryPartDoneEvent : ResponseStreamEvent
{
    /// <summary>The discriminator value of this variant.</summary>
    public const string Kind = "response.reasoning_summary_part.done";

    /// <summary>Initializes a new instance with its type set to <c>response.reasoning_summary_part.done</c>.</summary>
    public ResponseReasoningSummaryPartDoneEvent()
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

    /// <summary>Gets the complete part.</summary>
    [JsonPropertyName("part")]
    public ReasoningText? Part { get; init; }
}
