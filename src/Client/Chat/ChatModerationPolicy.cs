using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>The moderation policy for a request's input and output.</summary>
public sealed record ChatModerationPolicy
{
    /// <summary>Gets how the input is moderated.</summary>
    [JsonPropertyName("input")]
    public ChatModerationMode? Input { get; init; }

    /// <summary>Gets how the output is moderated.</summary>
    [JsonPropertyName("output")]
    public ChatModerationMode? Output { get; init; }
}
