using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai;

/// <summary>Token usage of a completion request.</summary>
/// <remarks>Every count is nullable: the service omits counts it did not compute (older streams send no prompt details).</remarks>
public sealed record CompletionUsage
{
    /// <summary>Gets the number of tokens in the prompt.</summary>
    [JsonPropertyName("prompt_tokens")]
    public int? PromptTokens { get; init; }

    /// <summary>Gets the number of tokens in the generated completion.</summary>
    [JsonPropertyName("completion_tokens")]
    public int? CompletionTokens { get; init; }

    /// <summary>Gets the total number of tokens used (prompt plus completion).</summary>
    [JsonPropertyName("total_tokens")]
    public int? TotalTokens { get; init; }

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
