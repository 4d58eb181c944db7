using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>A <c>text</c> content part.</summary>
public sealed record ChatTextContentPart : ChatContentPart
{
    /// <summary>Gets the text.</summary>
    [JsonPropertyName("text")]
    public new required string Text { get; init; }
}
