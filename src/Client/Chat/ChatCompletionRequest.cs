using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>The body of a create chat completion request (<c>POST /v1/chat/completions</c>).</summary>
/// <remarks>
/// Only what you set is sent: every property left null is omitted, so the service's defaults apply. Values are not
/// checked against the service's rules (ranges, model support); the service reports those as errors. See the
/// <see href="https://platform.openai.com/docs/api-reference/chat/create">API reference</see>.
/// </remarks>
/// <example><code>
/// var request = new ChatCompletionRequest { Model = "gpt-4o-mini", Messages = [ChatMessage.User("Say hello")] };
/// </code></example>
public sealed partial record ChatCompletionRequest
{
    /// <summary>Gets the conversation so far.</summary>
    [JsonPropertyName("messages")]
    [JsonPropertyOrder(-2)]
    public required IList<ChatMessage> Messages { get; init; }

    /// <summary>Gets the id of the model that generates the completion, for example <c>gpt-4o</c> or <c>o3</c>.</summary>
    [JsonPropertyName("model")]
    [JsonPropertyOrder(-1)]
    public required string Model { get; init; }

    /// <summary>Gets whether the response is streamed; set only by the client: <c>true</c> from the streaming method.</summary>
    [JsonPropertyName("stream")]
    [JsonInclude]
    internal bool? Stream { get; init; }

    /// <summary>Gets options for a streamed response; only meaningful when streaming.</summary>
    [JsonPropertyName("stream_options")]
    public StreamOptions? StreamOptions { get; init; }

    /// <summary>Gets whether the completion is stored for distillation and evals.</summary>
    [JsonPropertyName("store")]
    public bool? Store { get; init; }

    /// <summary>Gets up to 16 key-value pairs attached to the stored completion.</summary>
    [JsonPropertyName("metadata")]
    public IDictionary<string, string>? Metadata { get; init; }

    /// <summary>Gets the processing tier to ask for (<see cref="Oai.ServiceTier.Flex"/>, <see cref="Oai.ServiceTier.Priority"/>...).</summary>
    /// <remarks>The same open value type as the response's <c>ServiceTier</c>, which says the tier that served the request;
    /// a tier the service adds later is written as <c>new ServiceTier("name")</c>.</remarks>
    [JsonPropertyName("service_tier")]
    public ServiceTier? ServiceTier { get; init; }

    /// <summary>Gets a stable identifier for your end user (deprecated: use <see cref="SafetyIdentifier"/> and <see cref="PromptCacheKey"/>).</summary>
    [JsonPropertyName("user")]
    public string? User { get; init; }

    /// <summary>Gets a stable, hashed identifier for your end user, used to detect policy violations.</summary>
    [JsonPropertyName("safety_identifier")]
    public string? SafetyIdentifier { get; init; }

    /// <summary>Gets a key that groups similar requests to raise prompt cache hit rates.</summary>
    [JsonPropertyName("prompt_cache_key")]
    public string? PromptCacheKey { get; init; }

    /// <summary>Gets the prompt cache retention, <c>in_memory</c> or <c>24h</c> (deprecated: use <see cref="PromptCacheOptions"/>).</summary>
    [JsonPropertyName("prompt_cache_retention")]
    public string? PromptCacheRetention { get; init; }

    /// <summary>Gets prompt caching options.</summary>
    [JsonPropertyName("prompt_cache_options")]
    public ChatPromptCacheOptions? PromptCacheOptions { get; init; }

    /// <summary>Gets parameters this record does not model yet, sent as top-level JSON fields.</summary>
    /// <remarks>
    /// The escape hatch for new API parameters and for OpenAI-compatible servers' own fields. A key that matches a
    /// modelled property is sent twice; set the property instead.
    /// </remarks>
    // A setter, not init: the source generator binds init-only (and required) members like
    // constructor parameters, and extension data cannot be one (InvalidOperationException on first use).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
