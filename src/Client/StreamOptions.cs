using System.Text.Json.Serialization;

namespace Oai;

/// <summary>Options for a streamed response (<c>stream_options</c>), for chat and legacy completions alike.</summary>
public sealed record StreamOptions
{
    /// <summary>Gets whether a final chunk carrying the token usage of the whole request is streamed before <c>[DONE]</c>.</summary>
    [JsonPropertyName("include_usage")]
    public bool? IncludeUsage { get; init; }

    /// <summary>Gets whether stream chunks carry random <c>obfuscation</c> padding (on by default at the service).</summary>
    [JsonPropertyName("include_obfuscation")]
    public bool? IncludeObfuscation { get; init; }
}
