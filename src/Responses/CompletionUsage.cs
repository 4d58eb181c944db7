using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai;

/// <summary>Token usage of a completion request.</summary>
/// <remarks>A count the service did not report reads as 0 (older streams send no prompt details); the details records
/// are null when the service sent none.</remarks>
public sealed record CompletionUsage
{
    /// <summary>Gets the number of tokens in the prompt; 0 when the service did not report it.</summary>
    [JsonIgnore]
    public int PromptTokens { get => ReportedPromptTokens ?? 0; init => ReportedPromptTokens = value; }

    /// <summary>Gets the count as the service sent it, null when it sent none (telemetry never records a made-up zero).</summary>
    [JsonPropertyName("prompt_tokens")]
    [JsonInclude]
    internal int? ReportedPromptTokens { get; init; }

    /// <summary>Gets the number of tokens in the generated completion; 0 when the service did not report it.</summary>
    [JsonIgnore]
    public int CompletionTokens { get => ReportedCompletionTokens ?? 0; init => ReportedCompletionTokens = value; }

    /// <summary>Gets the count as the service sent it, null when it sent none (telemetry never records a made-up zero).</summary>
    [JsonPropertyName("completion_tokens")]
    [JsonInclude]
    internal int? ReportedCompletionTokens { get; init; }

    /// <summary>Gets the total number of tokens used (prompt plus completion); 0 when the service did not report it.</summary>
    [JsonIgnore]
    public int TotalTokens { get => ReportedTotalTokens ?? 0; init => ReportedTotalTokens = value; }

    /// <summary>Gets the count as the service sent it, null when it sent none (telemetry never records a made-up zero).</summary>
    [JsonPropertyName("total_tokens")]
    [JsonInclude]
    internal int? ReportedTotalTokens { get; init; }

    /// <summary>Gets the breakdown of prompt tokens, when sent.</summary>
    [JsonPropertyName("prompt_tokens_details")]
    public PromptTokensDetails? PromptTokensDetails { get; init; }

    /// <summary>Gets the breakdown of completion tokens, when sent.</summary>
    [JsonPropertyName("completion_tokens_details")]
    public CompletionTokensDetails? CompletionTokensDetails { get; init; }

    /// <summary>Gets the fields this record does not model, kept as sent.</summary>
    // set, not init: the source generator cannot bind [JsonExtensionData] to an init accessor (dotnet/runtime#107898).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
