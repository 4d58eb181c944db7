using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>A <c>developer</c> message. Instructions the model follows regardless of later user messages (models o1 and newer).</summary>
public sealed record DeveloperChatMessage : ChatMessage
{
    /// <summary>Gets the content: a string or a list of parts.</summary>
    [JsonPropertyName("content")]
    public required ChatMessageContent Content { get; init; }
}
