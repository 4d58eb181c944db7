using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>Options for a streamed chat completion (<c>stream_options</c>).</summary>
public sealed record ChatStreamOptions
{
    /// <summary>Gets whether a final chunk carrying the token usage of the whole request is streamed before <c>[DONE]</c>.</summary>
    [JsonPropertyName("include_usage")]
    public bool? IncludeUsage { get; init; }

    /// <summary>Gets whether stream chunks carry random <c>obfuscation</c> padding (on by default at the service).</summary>
    [JsonPropertyName("include_obfuscation")]
    public bool? IncludeObfuscation { get; init; }
}
