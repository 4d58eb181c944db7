using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>A <c>function</c> tool call in an assistant message.</summary>
public sealed record AssistantFunctionToolCall : AssistantToolCall
{
    /// <summary>Gets the function called and its arguments.</summary>
    [JsonPropertyName("function")]
    public new required AssistantFunctionCall Function { get; init; }
}
