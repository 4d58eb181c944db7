using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>A <c>refusal</c> content part, sent in assistant messages.</summary>
public sealed record ChatRefusalContentPart : ChatContentPart
{
    /// <summary>Gets the refusal text.</summary>
    [JsonPropertyName("refusal")]
    public new required string Refusal { get; init; }
}
