using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>A model response of the Responses API: what <c>POST /responses</c> returns, what a stream's lifecycle
/// events carry, and what retrieving or cancelling a stored response returns.</summary>
/// <remarks>See <see href="https://platform.openai.com/docs/api-reference/responses/object">the response object</see>.
/// The request's settings the service echoes back (<c>tools</c>, <c>tool_choice</c>, <c>text</c>, <c>truncation</c>...)
/// that this record does not model are kept in <see cref="AdditionalProperties"/>.</remarks>
public sealed partial record Response
{
    /// <summary>Gets the id of the response, for <c>previous_response_id</c>, retrieval and deletion.</summary>
    [JsonPropertyName("id")]
    public string Id { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the object kind, <see cref="ObjectKind.Response"/>.</summary>
    [JsonPropertyName("object")]
    public ObjectKind Object { get; init => field = value.OrDefault(ObjectKind.Response); } = ObjectKind.Response;

    /// <summary>Gets when the response was created, in Unix seconds.</summary>
    [JsonPropertyName("created_at")]
    public long Created { get; init; }

    /// <summary>Gets <see cref="Created"/> as a date.</summary>
    [JsonIgnore]
    public DateTimeOffset CreatedAt => UnixTime.FromSeconds(Created);

    /// <summary>Gets when the response completed, in Unix seconds, or null while it runs (or when not sent).</summary>
    [JsonPropertyName("completed_at")]
    public long? Completed { get; init; }

    /// <summary>Gets the state of the response; null when not sent.</summary>
    [JsonPropertyName("status")]
    public ResponseStatus? Status { get; init; }

    /// <summary>Gets whether the response runs in the background, or null when not sent.</summary>
    [JsonPropertyName("background")]
    public bool? Background { get; init; }

    /// <summary>Gets the model that generated the response, as resolved by the service (with its date suffix).</summary>
    [JsonPropertyName("model")]
    public string Model { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the output items in order; empty when null or absent.</summary>
    [JsonPropertyName("output")]
    public IReadOnlyList<ResponseItem> Output { get; init => field = NullRule.Items(value); } = [];

    /// <summary>Gets the token usage, or null when not sent (a response still running has none).</summary>
    [JsonPropertyName("usage")]
    public ResponseUsage? Usage { get; init; }

    /// <summary>Gets the error of a failed response, or null.</summary>
    [JsonPropertyName("error")]
    public ResponseError? Error { get; init; }

    /// <summary>Gets why the response is incomplete, or null.</summary>
    [JsonPropertyName("incomplete_details")]
    public ResponseIncompleteDetails? IncompleteDetails { get; init; }

    /// <summary>Gets the instructions the response ran with, as sent (a string, or items for a prompt template); null when none.</summary>
    [JsonPropertyName("instructions")]
    public JsonElement? Instructions { get; init; }

    /// <summary>Gets the id of the previous response this one continues, or null.</summary>
    [JsonPropertyName("previous_response_id")]
    public string? PreviousResponseId { get; init; }

    /// <summary>Gets the conversation the response belongs to, or null.</summary>
    [JsonPropertyName("conversation")]
    public ResponseConversation? Conversation { get; init; }

    /// <summary>Gets the output token limit the response ran with, or null.</summary>
    [JsonPropertyName("max_output_tokens")]
    public int? MaxOutputTokens { get; init; }

    /// <summary>Gets the reasoning settings the response ran with, or null.</summary>
    [JsonPropertyName("reasoning")]
    public ResponseReasoningSettings? Reasoning { get; init; }

    /// <summary>Gets the tier the service processed the request with, or null when not sent.</summary>
    [JsonPropertyName("service_tier")]
    public ServiceTier? ServiceTier { get; init; }

    /// <summary>Gets whether the response is stored, or null when not sent.</summary>
    [JsonPropertyName("store")]
    public bool? Store { get; init; }

    /// <summary>Gets the sampling temperature, or null.</summary>
    [JsonPropertyName("temperature")]
    public double? Temperature { get; init; }

    /// <summary>Gets the nucleus sampling probability, or null.</summary>
    [JsonPropertyName("top_p")]
    public double? TopP { get; init; }

    /// <summary>Gets whether tools may be called in parallel, or null.</summary>
    [JsonPropertyName("parallel_tool_calls")]
    public bool? ParallelToolCalls { get; init; }

    /// <summary>Gets the key-value pairs attached to the response; empty when none.</summary>
    [JsonPropertyName("metadata")]
    public IReadOnlyDictionary<string, string> Metadata { get; init => field = value ?? s_noMetadata; } = s_noMetadata;

    /// <summary>Gets the prompt cache key, or null.</summary>
    [JsonPropertyName("prompt_cache_key")]
    public string? PromptCacheKey { get; init; }

    /// <summary>Gets the safety identifier, or null.</summary>
    [JsonPropertyName("safety_identifier")]
    public string? SafetyIdentifier { get; init; }

    /// <summary>Gets the fields this record does not model, kept as sent.</summary>
    // set, not init: the source generator cannot bind [JsonExtensionData] to an init accessor (dotnet/runtime#107898).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    private static readonly IReadOnlyDictionary<string, string> s_noMetadata = new Dictionary<string, string>();

    /// <summary>Prints the members a person wants to see (counts for lists, nothing for what is empty), for <c>ToString()</c>.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder) => RecordText.Print(builder, ("Id", Id), ("Object", Object), ("CreatedAt", CreatedAt), ("Status", Status), ("Model", Model), ("Output", Output), ("Usage", Usage), ("ServiceTier", ServiceTier));
}
