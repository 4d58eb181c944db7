using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Completions;

/// <summary>The log probabilities of a legacy completion's tokens, as parallel lists (one entry per token).</summary>
public sealed record CompletionLogprobs
{
    /// <summary>Gets the tokens; empty when null or absent.</summary>
    [JsonPropertyName("tokens")]
    public IReadOnlyList<string> Tokens { get; init => field = NullRule.Items(value); } = [];

    /// <summary>Gets each token's log probability; an element is null where the service sent none (the first
    /// token of an echoed prompt).</summary>
    [JsonPropertyName("token_logprobs")]
    public IReadOnlyList<double?> TokenLogprobs { get; init => field = value ?? []; } = [];

    /// <summary>Gets, per token, the most likely tokens at that position with their log probabilities; an element is
    /// null where the service sent none.</summary>
    [JsonPropertyName("top_logprobs")]
    public IReadOnlyList<IReadOnlyDictionary<string, double>?> TopLogprobs { get; init => field = value ?? []; } = [];

    /// <summary>Gets each token's character offset in the text (prompt included when echoed).</summary>
    [JsonPropertyName("text_offset")]
    public IReadOnlyList<int> TextOffset { get; init => field = NullRule.Items(value); } = [];

    /// <summary>Gets the fields this record does not model, kept as sent.</summary>
    // set, not init: the source generator cannot bind [JsonExtensionData] to an init accessor (dotnet/runtime#107898).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
