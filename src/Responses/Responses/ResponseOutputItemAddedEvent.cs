using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>An output item started (<c>response.output_item.added</c>).</summary>
public sealed record ResponseOutputItemAddedEvent : ResponseStreamEvent
{
    /// <summary>The discriminator value of this variant.</summary>
    public const string Kind = "response.output_item.added";

    /// <summary>Initializes a new instance with its type set to <c>response.output_item.added</c>.</summary>
    public ResponseOutputItemAddedEvent()
    {
        Type = Kind;
    }

    /// <summary>Gets the index of the output item in the response's output.</summary>
    [JsonPropertyName("output_index")]
    public int OutputIndex { get; init; }

    /// <summary>Gets the item as it starts (text and arguments still empty).</summary>
    [JsonPropertyName("item")]
    public ResponseItem? Item { get; init; }
}
