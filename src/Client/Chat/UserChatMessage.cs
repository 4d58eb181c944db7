using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>A <c>user</c> message. A message sent by the end user: text, or parts mixing text, images, audio and files.</summary>
public sealed record UserChatMessage : ChatMessage
{
    /// <summary>Gets the content: a string or a list of parts.</summary>
    [JsonPropertyName("content")]
    public required ChatMessageContent Content { get; init; }
}
