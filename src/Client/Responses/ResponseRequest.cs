using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>The body of a create response request (<c>POST /v1/responses</c>).</summary>
/// <remarks>
/// Only what you set is sent: every property left null is omitted, so the service's defaults apply. Values are not
/// checked against the service's rules; the service reports those as errors. See the
/// <see href="https://platform.openai.com/docs/api-reference/responses/create">API reference</see>.
/// </remarks>
/// <example><code>
/// var request = new ResponseRequest { Model = "gpt-4o-mini", Input = "Say hello" };
/// </code></example>
public sealed partial record ResponseRequest
{
    /// <summary>Gets the id of the model that generates the response, for example <c>gpt-4o-mini</c> or <c>o4-mini</c>;
    /// null only with a <see cref="Prompt"/> that names one.</summary>
    [JsonPropertyName("model")]
    [JsonPropertyOrder(-2)]
    public string? Model { get; init; }

    /// <summary>Gets the input: a text (<c>Input = "Hello"</c>) or items (<c>Input = [ResponseItem.User("Hello")]</c>,
    /// a previous response's output items, function call outputs).</summary>
    [JsonPropertyName("input")]
    [JsonPropertyOrder(-1)]
    public ResponseInput? Input { get; init; }

    /// <summary>Gets the system (developer) instructions for this response; not carried over by <see cref="PreviousResponseId"/>.</summary>
    [JsonPropertyName("instructions")]
    public string? Instructions { get; init; }

    /// <summary>Gets the id of the response this one continues: the service adds that response's input and output
    /// to the context. Cannot be combined with <see cref="Conversation"/>.</summary>
    [JsonPropertyName("previous_response_id")]
    public string? PreviousResponseId { get; init; }

    /// <summary>Gets the id of the conversation (<c>conv_...</c>) this response belongs to: its items are the context,
    /// and the response's input and output are added to it.</summary>
    [JsonPropertyName("conversation")]
    public string? Conversation { get; init; }

    /// <summary>Gets whether the response is streamed; set only by the client: <c>true</c> from the streaming method.</summary>
    [JsonPropertyName("stream")]
    [JsonInclude]
    internal bool? Stream { get; init; }

    /// <summary>Gets whether the response runs in the background: the call returns at once (status <c>queued</c>);
    /// retrieve, stream or cancel it by id. Requires <see cref="Store"/>.</summary>
    [JsonPropertyName("background")]
    public bool? Background { get; init; }

    /// <summary>Gets whether the response is stored for later retrieval (the service's default is true).</summary>
    [JsonPropertyName("store")]
    public bool? Store { get; init; }

    /// <summary>Gets up to 16 key-value pairs attached to the response.</summary>
    [JsonPropertyName("metadata")]
    public IDictionary<string, string>? Metadata { get; init; }

    /// <summary>Gets the processing tier to ask for (<see cref="Oai.ServiceTier.Flex"/>, <see cref="Oai.ServiceTier.Priority"/>...).</summary>
    [JsonPropertyName("service_tier")]
    public ServiceTier? ServiceTier { get; init; }

    /// <summary>Gets the truncation strategy: <c>auto</c> drops items from the middle of a context too long for the
    /// model, <c>disabled</c> (the default) fails instead.</summary>
    [JsonPropertyName("truncation")]
    public string? Truncation { get; init; }

    /// <summary>Gets extra output to include, for example <c>reasoning.encrypted_content</c>,
    /// <c>message.output_text.logprobs</c>, <c>file_search_call.results</c>, <c>web_search_call.action.sources</c>.</summary>
    [JsonPropertyName("include")]
    public IList<string>? Include { get; init; }

    /// <summary>Gets a reusable prompt template to use, as its JSON (<c>{"id": "pmpt_...", "version": "2", "variables": {...}}</c>).</summary>
    [JsonPropertyName("prompt")]
    public JsonElement? Prompt { get; init; }

    /// <summary>Gets a key that groups similar requests to raise prompt cache hit rates.</summary>
    [JsonPropertyName("prompt_cache_key")]
    public string? PromptCacheKey { get; init; }

    /// <summary>Gets the prompt cache retention, <c>in_memory</c> or <c>24h</c>.</summary>
    [JsonPropertyName("prompt_cache_retention")]
    public string? PromptCacheRetention { get; init; }

    /// <summary>Gets a stable, hashed identifier for your end user, used to detect policy violations.</summary>
    [JsonPropertyName("safety_identifier")]
    public string? SafetyIdentifier { get; init; }

    /// <summary>Gets a stable identifier for your end user (deprecated: use <see cref="SafetyIdentifier"/> and <see cref="PromptCacheKey"/>).</summary>
    [JsonPropertyName("user")]
    public string? User { get; init; }

    /// <summary>Gets parameters this record does not model yet, sent as top-level JSON fields.</summary>
    /// <remarks>The escape hatch for new API parameters and for compatible servers' own fields. A key that matches a
    /// modelled property is sent twice; set the property instead.</remarks>
    // A setter, not init: the source generator binds init-only members like constructor parameters, and extension
    // data cannot be one.
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
