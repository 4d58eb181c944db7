using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>An output item is complete (<c>response.output_item.done</c>).</summary>
public sealed record ResponseOutputItemDoneEvent : ResponseStreamEvent
{
    /// <summary>The discriminator value of this variant.</summary>
    public const string Kind = "response.output_item.done";

    /// <summary>Initializes a new instance with its type set to <c>response.output_item.done</c>.</summary>
    public ResponseOutputItemDoneEvent()
    {
        Type = Kind;
    }

    /// <summary>Gets the index of the output item in the response's output.</summary>
    [JsonPropertyName("output_index")]
    public int OutputIndex { get; init; }

    /// <summary>Gets the complete item.</summary>
    [JsonPropertyName("item")]
    public ResponseItem? Item { get; init; }
}
