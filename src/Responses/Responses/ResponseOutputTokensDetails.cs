using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>The breakdown of a response's output tokens.</summary>
public sealed record ResponseOutputTokensDetails
{
    /// <summary>Gets the number of reasoning tokens; 0 when not reported.</summary>
    [JsonIgnore]
    public int ReasoningTokens { get => ReportedReasoningTokens ?? 0; init => ReportedReasoningTokens = value; }

    /// <summary>Gets the count as the service sent it, null when it sent none (telemetry never records a made-up zero).</summary>
    [JsonPropertyName("reasoning_tokens")]
    [JsonInclude]
    internal int? ReportedReasoningTokens { get; init; }

    /// <summary>Gets the fields this record does not model, kept as sent.</summary>
    // set, not init: the source generator cannot bind [JsonExtensionData] to an init accessor (dotnet/runtime#107898).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
