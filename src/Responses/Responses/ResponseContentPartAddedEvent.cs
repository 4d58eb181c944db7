using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>A content part of a message started (<c>response.content_part.added</c>).</summary>
public sealed record ResponseContentPartAddedEvent : ResponseStreamEvent
{
    /// <summary>The discriminator value of this variant.</summary>
    public const string Kind = "response.content_part.added";

    /// <summary>Initializes a new instance with its type set to <c>response.content_part.added</c>.</summary>
    public ResponseContentPartAddedEvent()
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

    /// <summary>Gets the part as it starts.</summary>
    [JsonPropertyName("part")]
    public ResponseContentPart? Part { get; init; }
}
