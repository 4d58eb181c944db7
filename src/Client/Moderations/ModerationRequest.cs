using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Moderations;

/// <summary>The body of a create moderation request (<c>POST /v1/moderations</c>).</summary>
/// <remarks>Only what you set is sent. See the
/// <see href="https://platform.openai.com/docs/api-reference/moderations/create">API reference</see>.</remarks>
/// <example><code>
/// var request = new ModerationRequest { Input = "Some text", Model = "omni-moderation-latest" };
/// </code></example>
public sealed record ModerationRequest
{
    /// <summary>Gets what to classify: a text, several texts (one result each), or text and image parts (one result for all).</summary>
    [JsonPropertyName("input")]
    [JsonPropertyOrder(-2)]
    public required ModerationInput Input { get; init; }

    /// <summary>Gets the moderation model (<c>omni-moderation-latest</c>, the only one that reads images), or null for the service's default.</summary>
    [JsonPropertyName("model")]
    [JsonPropertyOrder(-1)]
    public string? Model { get; init; }

    /// <summary>Gets parameters this record does not model yet, sent as top-level JSON fields.</summary>
    // A setter, not init: the source generator cannot bind init-only extension data.
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
