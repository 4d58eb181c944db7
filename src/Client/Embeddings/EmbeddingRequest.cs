using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Embeddings;

/// <summary>The body of a create embeddings request (<c>POST /v1/embeddings</c>).</summary>
/// <remarks>
/// Only what you set is sent, except <see cref="EncodingFormat"/>: when left null the client asks for
/// <c>base64</c> and decodes it into floats. See the
/// <see href="https://platform.openai.com/docs/api-reference/embeddings/create">API reference</see>.
/// </remarks>
/// <example><code>
/// var request = new EmbeddingRequest { Model = "text-embedding-3-small", Input = "Hello, world!" };
/// </code></example>
public sealed record EmbeddingRequest
{
    /// <summary>Gets the id of the model, for example <c>text-embedding-3-small</c>.</summary>
    [JsonPropertyName("model")]
    [JsonPropertyOrder(-2)]
    public required string Model { get; init; }

    /// <summary>Gets what to embed: a string, several strings, token ids or several token id sequences.</summary>
    [JsonPropertyName("input")]
    [JsonPropertyOrder(-1)]
    public required EmbeddingInput Input { get; init; }

    /// <summary>Gets the number of dimensions of each vector (<c>text-embedding-3</c> and later models).</summary>
    [JsonPropertyName("dimensions")]
    public int? Dimensions { get; init; }

    /// <summary>Gets how the vectors travel on the wire; null means <see cref="EmbeddingEncodingFormat.Base64"/>.</summary>
    [JsonPropertyName("encoding_format")]
    public EmbeddingEncodingFormat? EncodingFormat { get; init; }

    /// <summary>Gets a stable identifier for your end user.</summary>
    [JsonPropertyName("user")]
    public string? User { get; init; }

    /// <summary>Gets parameters this record does not model yet, sent as top-level JSON fields.</summary>
    /// <remarks>The escape hatch for new API parameters and for OpenAI-compatible servers' own fields. A key that
    /// matches a modelled property is sent twice; set the property instead.</remarks>
    // A setter, not init: the source generator cannot bind init-only extension data.
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
