using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <content>Sampling, length and reasoning parameters.</content>
public sealed partial record ChatCompletionRequest
{
    /// <summary>Gets the sampling temperature (0 to 2); higher is more random.</summary>
    [JsonPropertyName("temperature")]
    public double? Temperature { get; init; }

    /// <summary>Gets the nucleus sampling probability mass (0 to 1).</summary>
    [JsonPropertyName("top_p")]
    public double? TopP { get; init; }

    /// <summary>Gets how many choices to generate.</summary>
    [JsonPropertyName("n")]
    public int? N { get; init; }

    /// <summary>Gets up to 4 sequences at which generation stops; always sent as a JSON array.</summary>
    [JsonPropertyName("stop")]
    public IList<string>? Stop { get; init; }

    /// <summary>Gets the seed for best-effort deterministic sampling.</summary>
    [JsonPropertyName("seed")]
    public long? Seed { get; init; }

    /// <summary>Gets the frequency penalty (-2 to 2); positive values discourage repeating tokens.</summary>
    [JsonPropertyName("frequency_penalty")]
    public double? FrequencyPenalty { get; init; }

    /// <summary>Gets the presence penalty (-2 to 2); positive values encourage new topics.</summary>
    [JsonPropertyName("presence_penalty")]
    public double? PresencePenalty { get; init; }

    /// <summary>Gets biases (-100 to 100) added to the logits of token ids, keyed by token id.</summary>
    [JsonPropertyName("logit_bias")]
    public IDictionary<string, int>? LogitBias { get; init; }

    /// <summary>Gets whether log probabilities of the output tokens are returned.</summary>
    [JsonPropertyName("logprobs")]
    public bool? Logprobs { get; init; }

    /// <summary>Gets how many most likely tokens (0 to 20) to return at each position; needs <see cref="Logprobs"/>.</summary>
    [JsonPropertyName("top_logprobs")]
    public int? TopLogprobs { get; init; }

    /// <summary>Gets the upper bound on generated tokens, including reasoning tokens.</summary>
    [JsonPropertyName("max_completion_tokens")]
    public int? MaxCompletionTokens { get; init; }

    /// <summary>Gets the maximum number of generated tokens (deprecated: use <see cref="MaxCompletionTokens"/>; sent when set).</summary>
    [JsonPropertyName("max_tokens")]
    public int? MaxTokens { get; init; }

    /// <summary>Gets how much effort a reasoning model spends on reasoning.</summary>
    [JsonPropertyName("reasoning_effort")]
    public ReasoningEffort? ReasoningEffort { get; init; }

    /// <summary>Gets how verbose the response should be.</summary>
    [JsonPropertyName("verbosity")]
    public Verbosity? Verbosity { get; init; }
}
