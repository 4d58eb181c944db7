using System;
using System.Collections.Generic;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Embeddings;

/// <summary>One embedding vector, for the input at <see cref="Index"/>.</summary>
/// <remarks>The vector reads the same whichever <c>encoding_format</c> the service sent: a base64 string of
/// little-endian float32 is decoded straight into float memory, a JSON array is parsed number by number.</remarks>
public sealed record Embedding
{
    /// <summary>Gets the position of the input this embedding belongs to.</summary>
    [JsonPropertyName("index")]
    public int Index { get; init; }

    /// <summary>Gets the object kind, <see cref="ObjectKind.Embedding"/>.</summary>
    [JsonPropertyName("object")]
    public ObjectKind Object { get; init => field = value.OrDefault(ObjectKind.Embedding); } = ObjectKind.Embedding;

    /// <summary>Gets the embedding vector; empty when null or absent.</summary>
    [JsonPropertyName("embedding")]
    [JsonConverter(typeof(EmbeddingVectorConverter))]
    public ReadOnlyMemory<float> Vector { get; init; }

    /// <summary>Gets the fields this record does not model, kept as sent.</summary>
    // set, not init: the source generator cannot bind [JsonExtensionData] to an init accessor (dotnet/runtime#107898).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Computes the cosine similarity of two vectors of the same length.</summary>
    /// <param name="x">The first vector.</param>
    /// <param name="y">The second vector.</param>
    /// <returns>The cosine of the angle between them, from -1 to 1; 0 when either vector is all zeros.</returns>
    /// <exception cref="ArgumentException">The vectors differ in length.</exception>
    /// <example><code>float similarity = Embedding.CosineSimilarity(a.Vector.Span, b.Vector.Span);</code></example>
    public static float CosineSimilarity(ReadOnlySpan<float> x, ReadOnlySpan<float> y)
    {
        if (x.Length != y.Length)
        {
            throw new ArgumentException($"The vectors differ in length ({x.Length} and {y.Length}).", nameof(y));
        }

        var dot = 0f;
        var xx = 0f;
        var yy = 0f;
        var i = 0;
        if (System.Numerics.Vector.IsHardwareAccelerated && x.Length >= Vector<float>.Count)
        {
            var xs = MemoryMarshal.Cast<float, Vector<float>>(x);
            var ys = MemoryMarshal.Cast<float, Vector<float>>(y);
            var dots = Vector<float>.Zero;
            var xxs = Vector<float>.Zero;
            var yys = Vector<float>.Zero;
            for (var j = 0; j < xs.Length; j++)
            {
                dots += xs[j] * ys[j];
                xxs += xs[j] * xs[j];
                yys += ys[j] * ys[j];
            }

            dot = System.Numerics.Vector.Sum(dots);
            xx = System.Numerics.Vector.Sum(xxs);
            yy = System.Numerics.Vector.Sum(yys);
            i = xs.Length * Vector<float>.Count;
        }

        for (; i < x.Length; i++)
        {
            dot += x[i] * y[i];
            xx += x[i] * x[i];
            yy += y[i] * y[i];
        }

        return xx == 0 || yy == 0 ? 0 : dot / (MathF.Sqrt(xx) * MathF.Sqrt(yy));
    }

    /// <summary>Prints the members a person wants to see (counts for lists, nothing for what is empty), for <c>ToString()</c>.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder) => RecordText.Print(builder, ("Index", Index), ("Object", Object), ("Vector", Vector));
}
