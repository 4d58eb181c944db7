using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>A <c>custom</c> tool call in an assistant message.</summary>
public sealed record AssistantCustomToolCall : AssistantToolCall
{
    /// <summary>Gets the custom tool called and its input.</summary>
    [JsonPropertyName("custom")]
    public new required AssistantCustomToolInput Custom { get; init; }
}
