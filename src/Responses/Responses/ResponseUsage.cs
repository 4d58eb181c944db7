using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>Token usage of a response.</summary>
/// <remarks>A count the service did not report reads as 0; telemetry tells the two apart and never records a made-up zero.</remarks>
public sealed record ResponseUsage
{
    /// <summary>Gets the number of input tokens; 0 when not reported.</summary>
    [JsonIgnore]
    public int InputTokens { get => ReportedInputTokens ?? 0; init => ReportedInputTokens = value; }

    /// <summary>Gets the count as the service sent it, null when it sent none (telemetry never records a made-up zero).</summary>
    [JsonPropertyName("input_tokens")]
    [JsonInclude]
    internal int? ReportedInputTokens { get; init; }

    /// <summary>Gets the breakdown of input tokens, when sent.</summary>
    [JsonPropertyName("input_tokens_details")]
    public ResponseInputTokensDetails? InputTokensDetails { get; init; }

    /// <summary>Gets the number of output tokens; 0 when not reported.</summary>
    [JsonIgnore]
    public int OutputTokens { get => ReportedOutputTokens ?? 0; init => ReportedOutputTokens = value; }

    /// <summary>Gets the count as the service sent it, null when it sent none (telemetry never records a made-up zero).</summary>
    [JsonPropertyName("output_tokens")]
    [JsonInclude]
    internal int? ReportedOutputTokens { get; init; }

    /// <summary>Gets the breakdown of output tokens, when sent.</summary>
    [JsonPropertyName("output_tokens_details")]
    public ResponseOutputTokensDetails? OutputTokensDetails { get; init; }

    /// <summary>Gets the total number of tokens; 0 when not reported.</summary>
    [JsonIgnore]
    public int TotalTokens { get => ReportedTotalTokens ?? 0; init => ReportedTotalTokens = value; }

    /// <summary>Gets the count as the service sent it, null when it sent none (telemetry never records a made-up zero).</summary>
    [JsonPropertyName("total_tokens")]
    [JsonInclude]
    internal int? ReportedTotalTokens { get; init; }

    /// <summary>Gets the fields this record does not model, kept as sent.</summary>
    // set, not init: the source generator cannot bind [JsonExtensionData] to an init accessor (dotnet/runtime#107898).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
