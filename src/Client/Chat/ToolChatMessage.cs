using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>A <c>tool</c> message: the result of one tool call, sent back to the model.</summary>
public sealed record ToolChatMessage : ChatMessage
{
    /// <summary>Gets the result of the tool call: a string or a list of text parts.</summary>
    [JsonPropertyName("content")]
    public required ChatMessageContent Content { get; init; }

    /// <summary>Gets the id of the tool call this message answers.</summary>
    [JsonPropertyName("tool_call_id")]
    public required string ToolCallId { get; init; }
}
