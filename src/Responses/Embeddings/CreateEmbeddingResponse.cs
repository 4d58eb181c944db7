using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Embeddings;

/// <summary>The response of <c>POST /embeddings</c>: one <see cref="Embedding"/> per input.</summary>
/// <remarks>See <see href="https://platform.openai.com/docs/api-reference/embeddings/object">the embedding object</see>.</remarks>
public sealed record CreateEmbeddingResponse
{
    /// <summary>Gets the object kind, <see cref="ObjectKind.List"/>.</summary>
    [JsonPropertyName("object")]
    public ObjectKind Object { get; init => field = value.OrDefault(ObjectKind.List); } = ObjectKind.List;

    /// <summary>Gets the embeddings, each with the <see cref="Embedding.Index"/> of its input; empty when null or absent.</summary>
    [JsonPropertyName("data")]
    public IReadOnlyList<Embedding> Data { get; init => field = NullRule.Items(value); } = [];

    /// <summary>Gets the model that computed the embeddings.</summary>
    [JsonPropertyName("model")]
    public string Model { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the token usage, or null when not sent.</summary>
    [JsonPropertyName("usage")]
    public EmbeddingUsage? Usage { get; init; }

    /// <summary>Gets the fields this record does not model, kept as sent.</summary>
    // set, not init: the source generator cannot bind [JsonExtensionData] to an init accessor (dotnet/runtime#107898).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Gets the vector of one input, found by the embedding's <c>index</c> rather than its list position.</summary>
    /// <param name="inputIndex">The position of the input in the request.</param>
    /// <returns>The vector.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No embedding has that index.</exception>
    /// <example><code>ReadOnlyMemory&lt;float&gt; second = response.GetVector(1);</code></example>
    public ReadOnlyMemory<float> GetVector(int inputIndex)
    {
        // The service returns them in order: try the position first, then look.
        if ((uint)inputIndex < (uint)Data.Count && Data[inputIndex].Index == inputIndex)
        {
            return Data[inputIndex].Vector;
        }

        foreach (var embedding in Data)
        {
            if (embedding.Index == inputIndex)
            {
                return embedding.Vector;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(inputIndex), inputIndex, $"No embedding has index {inputIndex}; the response holds {Data.Count}.");
    }

    /// <summary>Prints the members a person wants to see (counts for lists, nothing for what is empty), for <c>ToString()</c>.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder) => RecordText.Print(builder, ("Object", Object), ("Model", Model), ("Data", Data), ("Usage", Usage));
}
