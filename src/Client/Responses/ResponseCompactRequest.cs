using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>The body of a compact request (<c>POST /v1/responses/compact</c>): a conversation to shrink into items
/// for the next request's input.</summary>
public sealed record ResponseCompactRequest
{
    /// <summary>Gets the model that compacts, usually the one the conversation runs on.</summary>
    [JsonPropertyName("model")]
    [JsonPropertyOrder(-2)]
    public required string Model { get; init; }

    /// <summary>Gets the conversation's items (or text) to compact.</summary>
    [JsonPropertyName("input")]
    [JsonPropertyOrder(-1)]
    public ResponseInput? Input { get; init; }

    /// <summary>Gets the instructions the conversation ran with.</summary>
    [JsonPropertyName("instructions")]
    public string? Instructions { get; init; }

    /// <summary>Gets the id of a stored response whose conversation to compact, instead of <see cref="Input"/>.</summary>
    [JsonPropertyName("previous_response_id")]
    public string? PreviousResponseId { get; init; }

    /// <summary>Gets parameters this record does not model yet, sent as top-level JSON fields.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
