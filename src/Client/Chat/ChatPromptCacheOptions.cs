using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>Prompt caching options (<c>prompt_cache_options</c>).</summary>
/// <remarks>See <see href="https://platform.openai.com/docs/guides/prompt-caching">prompt caching</see>.</remarks>
public sealed record ChatPromptCacheOptions
{
    /// <summary>Gets the minimum cache lifetime, for example <c>30m</c>.</summary>
    [JsonPropertyName("ttl")]
    public string? Ttl { get; init; }

    /// <summary>Gets the caching mode, for example <c>implicit</c> or <c>explicit</c>.</summary>
    [JsonPropertyName("mode")]
    public string? Mode { get; init; }
}
