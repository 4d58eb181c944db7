using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>A <c>system</c> message. Instructions the model follows regardless of later user messages; older models' form of developer instructions.</summary>
public sealed record SystemChatMessage : ChatMessage
{
    /// <summary>Gets the content: a string or a list of parts.</summary>
    [JsonPropertyName("content")]
    public required ChatMessageContent Content { get; init; }
}
