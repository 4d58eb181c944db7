using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using Oai.Chat;

namespace Oai.Completions;

/// <summary>The body of a legacy create completion request (<c>POST /v1/completions</c>).</summary>
/// <remarks>
/// Only what you set is sent: every property left null is omitted, so the service's defaults apply. Values are not
/// checked against the service's rules; the service reports those as errors. See the
/// <see href="https://platform.openai.com/docs/api-reference/completions/create">API reference</see>.
/// </remarks>
/// <example><code>
/// var request = new CompletionRequest { Model = "gpt-3.5-turbo-instruct", Prompt = "Say this is a test", MaxTokens = 16 };
/// </code></example>
public sealed record CompletionRequest
{
    /// <summary>Gets the id of the model, for example <c>gpt-3.5-turbo-instruct</c> or <c>davinci-002</c>.</summary>
    [JsonPropertyName("model")]
    [JsonPropertyOrder(-2)]
    public required string Model { get; init; }

    /// <summary>Gets the prompt: a string, several strings, token ids or several token id sequences.</summary>
    [JsonPropertyName("prompt")]
    [JsonPropertyOrder(-1)]
    public required CompletionPrompt Prompt { get; init; }

    /// <summary>Gets the text that comes after the inserted completion.</summary>
    [JsonPropertyName("suffix")]
    public string? Suffix { get; init; }

    /// <summary>Gets the maximum number of tokens to generate (the service's default is 16).</summary>
    [JsonPropertyName("max_tokens")]
    public int? MaxTokens { get; init; }

    /// <summary>Gets the sampling temperature (0 to 2); higher is more random.</summary>
    [JsonPropertyName("temperature")]
    public double? Temperature { get; init; }

    /// <summary>Gets the nucleus sampling probability mass (0 to 1).</summary>
    [JsonPropertyName("top_p")]
    public double? TopP { get; init; }

    /// <summary>Gets how many completions to generate for each prompt.</summary>
    [JsonPropertyName("n")]
    public int? N { get; init; }

    /// <summary>Gets how many completions to generate server-side before returning the best <see cref="N"/>; not streamable.</summary>
    [JsonPropertyName("best_of")]
    public int? BestOf { get; init; }

    /// <summary>Gets up to 4 sequences at which generation stops; always sent as a JSON array.</summary>
    [JsonPropertyName("stop")]
    public IList<string>? Stop { get; init; }

    /// <summary>Gets whether the prompt is echoed back before the completion.</summary>
    [JsonPropertyName("echo")]
    public bool? Echo { get; init; }

    /// <summary>Gets how many most likely tokens (0 to 5) to return, with log probabilities, at each position.</summary>
    [JsonPropertyName("logprobs")]
    public int? Logprobs { get; init; }

    /// <summary>Gets biases (-100 to 100) added to the logits of token ids, keyed by token id.</summary>
    [JsonPropertyName("logit_bias")]
    public IDictionary<string, int>? LogitBias { get; init; }

    /// <summary>Gets the frequency penalty (-2 to 2); positive values discourage repeating tokens.</summary>
    [JsonPropertyName("frequency_penalty")]
    public double? FrequencyPenalty { get; init; }

    /// <summary>Gets the presence penalty (-2 to 2); positive values encourage new topics.</summary>
    [JsonPropertyName("presence_penalty")]
    public double? PresencePenalty { get; init; }

    /// <summary>Gets the seed for best-effort deterministic sampling.</summary>
    [JsonPropertyName("seed")]
    public long? Seed { get; init; }

    /// <summary>Gets a stable identifier for your end user.</summary>
    [JsonPropertyName("user")]
    public string? User { get; init; }

    /// <summary>Gets whether the response is streamed; set only by the client: <c>true</c> from the streaming method.</summary>
    [JsonPropertyName("stream")]
    [JsonInclude]
    internal bool? Stream { get; init; }

    /// <summary>Gets options for a streamed response; when left null, streaming asks for <c>include_usage</c>.</summary>
    [JsonPropertyName("stream_options")]
    public StreamOptions? StreamOptions { get; init; }

    /// <summary>Gets parameters this record does not model yet, sent as top-level JSON fields.</summary>
    /// <remarks>The escape hatch for new API parameters and for OpenAI-compatible servers' own fields. A key that
    /// matches a modelled property is sent twice; set the property instead.</remarks>
    // A setter, not init: the source generator cannot bind init-only extension data.
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
