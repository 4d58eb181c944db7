using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>Moderation of the request's input and the generated output (<c>moderation</c>).</summary>
public sealed record ChatModerationOptions
{
    /// <summary>Gets the moderation model, for example <c>omni-moderation-latest</c>.</summary>
    [JsonPropertyName("model")]
    public required string Model { get; init; }

    /// <summary>Gets the policy applied to input and output; null leaves it to the service.</summary>
    [JsonPropertyName("policy")]
    public ChatModerationPolicy? Policy { get; init; }
}
