using System.Text.Json.Serialization;

namespace Oai.Embeddings;

/// <summary>How the service encodes each vector on the wire; an open set the service may extend.</summary>
/// <param name="Value">The value exactly as sent on the wire.</param>
/// <remarks>Either way the vector reads as floats (<c>Embedding.Vector</c>); the client asks for
/// <see cref="Base64"/> unless told otherwise, as it is several times smaller on the wire.</remarks>
[JsonConverter(typeof(OpenValueConverter<EmbeddingEncodingFormat>))]
public readonly record struct EmbeddingEncodingFormat(string Value) : IOpenValue<EmbeddingEncodingFormat>
{
    /// <summary>A JSON array of numbers. Sent as <c>float</c>.</summary>
    public static EmbeddingEncodingFormat Float { get; } = new("float");

    /// <summary>A base64 string of little-endian float32 values. Sent as <c>base64</c>.</summary>
    public static EmbeddingEncodingFormat Base64 { get; } = new("base64");

    /// <inheritdoc />
    public static EmbeddingEncodingFormat Create(string value) => new(value);

    /// <summary>Returns the value as sent on the wire.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value ?? string.Empty;
}
