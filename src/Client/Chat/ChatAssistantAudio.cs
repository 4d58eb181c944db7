using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>A reference to an earlier audio response from the model, sent in an assistant message.</summary>
public sealed record ChatAssistantAudio
{
    /// <summary>Gets the id of the earlier audio response.</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }
}
