using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Embeddings;

/// <summary>Token usage of an embeddings request.</summary>
public sealed record EmbeddingUsage
{
    /// <summary>Gets the number of tokens in the inputs, or null when not sent; 0 when the service did not report it.</summary>
    [JsonIgnore]
    public int PromptTokens { get => ReportedPromptTokens ?? 0; init => ReportedPromptTokens = value; }

    /// <summary>Gets the count as the service sent it, null when it sent none (telemetry never records a made-up zero).</summary>
    [JsonPropertyName("prompt_tokens")]
    [JsonInclude]
    internal int? ReportedPromptTokens { get; init; }

    /// <summary>Gets the total number of tokens used, or null when not sent; 0 when the service did not report it.</summary>
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
