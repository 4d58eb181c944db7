using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Batches;

/// <summary>The tokens a batch's requests used so far (the service has sent this since 2025; absent before).</summary>
/// <remarks>The token details (<c>input_tokens_details.cached_tokens</c>, <c>output_tokens_details.reasoning_tokens</c>)
/// are kept in <see cref="AdditionalProperties"/>.</remarks>
public sealed record BatchUsage
{
    /// <summary>Gets the input tokens.</summary>
    [JsonPropertyName("input_tokens")]
    public long InputTokens { get; init; }

    /// <summary>Gets the output tokens.</summary>
    [JsonPropertyName("output_tokens")]
    public long OutputTokens { get; init; }

    /// <summary>Gets the tokens in all.</summary>
    [JsonPropertyName("total_tokens")]
    public long TotalTokens { get; init; }

    /// <summary>Gets the fields this record does not model, kept as sent.</summary>
    // set, not init: the source generator cannot bind [JsonExtensionData] to an init accessor (dotnet/runtime#107898).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
