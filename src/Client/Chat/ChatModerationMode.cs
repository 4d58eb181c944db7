using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>How one side of a request is moderated: <c>{"mode": "score"}</c> or <c>{"mode": "block"}</c>.</summary>
public sealed record ChatModerationMode
{
    /// <summary>Gets scoring only: results are reported, content is not blocked.</summary>
    public static ChatModerationMode Score { get; } = new() { Mode = "score" };

    /// <summary>Gets blocking of flagged content.</summary>
    public static ChatModerationMode Block { get; } = new() { Mode = "block" };

    /// <summary>Gets the mode as sent, for example <c>score</c> or <c>block</c>.</summary>
    [JsonPropertyName("mode")]
    public required string Mode { get; init; }
}
