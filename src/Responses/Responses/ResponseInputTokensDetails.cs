using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>The breakdown of a response's input tokens.</summary>
public sealed record ResponseInputTokensDetails
{
    /// <summary>Gets the number of input tokens served from the prompt cache; 0 when not reported.</summary>
    [JsonIgnore]
    public int CachedTokens { get => ReportedCachedTokens ?? 0; init => ReportedCachedTokens = value; }

    /// <summary>Gets the count as the service sent it, null when it sent none (telemetry never records a made-up zero).</summary>
    [JsonPropertyName("cached_tokens")]
    [JsonInclude]
    internal int? ReportedCachedTokens { get; init; }

    /// <summary>Gets the fields this record does not model, kept as sent.</summary>
    // set, not init: the source generator cannot bind [JsonExtensionData] to an init accessor (dotnet/runtime#107898).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
