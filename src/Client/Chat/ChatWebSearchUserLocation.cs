using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>The user's location for web search.</summary>
public sealed record ChatWebSearchUserLocation
{
    /// <summary>Gets the kind of location; always <c>approximate</c>.</summary>
    [JsonPropertyName("type")]
    public string Type { get; init; } = "approximate";

    /// <summary>Gets the approximate location.</summary>
    [JsonPropertyName("approximate")]
    public required ChatApproximateLocation Approximate { get; init; }
}
