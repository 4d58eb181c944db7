using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>Predicted output content, which speeds up responses that mostly repeat known text.</summary>
/// <remarks>See <see href="https://platform.openai.com/docs/guides/predicted-outputs">predicted outputs</see>.</remarks>
public sealed record ChatPrediction
{
    /// <summary>Gets the prediction type; always <c>content</c>.</summary>
    [JsonPropertyName("type")]
    public string Type { get; init; } = "content";

    /// <summary>Gets the predicted content: a string or a list of text parts.</summary>
    [JsonPropertyName("content")]
    public required ChatMessageContent Content { get; init; }
}
