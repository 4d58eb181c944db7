using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>An <c>assistant</c> message: an earlier model reply sent back as conversation history.</summary>
public sealed record AssistantChatMessage : ChatMessage
{
    /// <summary>Gets the content; null (and not sent) when the message only carries <see cref="ToolCalls"/>.</summary>
    [JsonPropertyName("content")]
    public ChatMessageContent? Content { get; init; }

    /// <summary>Gets the refusal the model gave, when it refused.</summary>
    [JsonPropertyName("refusal")]
    public string? Refusal { get; init; }

    /// <summary>Gets a reference to an earlier audio response from the model.</summary>
    [JsonPropertyName("audio")]
    public ChatAssistantAudio? Audio { get; init; }

    /// <summary>Gets the tool calls the model made in this reply.</summary>
    [JsonPropertyName("tool_calls")]
    public IList<ChatToolCall>? ToolCalls { get; init; }
}
