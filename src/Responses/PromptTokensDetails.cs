using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai;

/// <summary>The breakdown of the tokens in a prompt.</summary>
public sealed record PromptTokensDetails
{
    /// <summary>Gets the number of prompt tokens served from the prompt cache.</summary>
    [JsonPropertyName("cached_tokens")]
    public int? CachedTokens { get; init; }

    /// <summary>Gets the number of audio tokens in the prompt.</summary>
    [JsonPropertyName("audio_tokens")]
    public int? AudioTokens { get; init; }

    /// <summary>Gets the fields this record does not model, kept as sent.</summary>
    // set, not init: the source generator cannot bind [JsonExtensionData] to an init accessor (dotnet/runtime#107898).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
