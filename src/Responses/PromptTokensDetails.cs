using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai;

/// <summary>The breakdown of the tokens in a prompt.</summary>
public sealed record PromptTokensDetails
{
    /// <summary>Gets the number of prompt tokens served from the prompt cache; 0 when the service did not report it.</summary>
    [JsonIgnore]
    public int CachedTokens { get => ReportedCachedTokens ?? 0; init => ReportedCachedTokens = value; }

    /// <summary>Gets the count as the service sent it, null when it sent none (telemetry never records a made-up zero).</summary>
    [JsonPropertyName("cached_tokens")]
    [JsonInclude]
    internal int? ReportedCachedTokens { get; init; }

    /// <summary>Gets the number of audio tokens in the prompt; 0 when the service did not report it.</summary>
    [JsonIgnore]
    public int AudioTokens { get => ReportedAudioTokens ?? 0; init => ReportedAudioTokens = value; }

    /// <summary>Gets the count as the service sent it, null when it sent none (telemetry never records a made-up zero).</summary>
    [JsonPropertyName("audio_tokens")]
    [JsonInclude]
    internal int? ReportedAudioTokens { get; init; }

    /// <summary>Gets the fields this record does not model, kept as sent.</summary>
    // set, not init: the source generator cannot bind [JsonExtensionData] to an init accessor (dotnet/runtime#107898).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
