using System;
using System.Text.Json;

namespace Oai;

/// <summary>A string field that repeats unchanged on every chunk of a stream (the id, the model, the fingerprint):
/// one per stream and field, it hands back the string it built for the previous chunk when the bytes are the same.</summary>
/// <remarks>Not thread-safe: a stream's chunks are read one after another.</remarks>
internal sealed class RepeatedString
{
    private const int MaxLength = 256;
    private byte[] _utf8 = [];
    private string? _value;

    /// <summary>Reads the token the reader is on as a string (null for a JSON null), as the serializer would.</summary>
    /// <exception cref="JsonException">The token is neither a string nor null.</exception>
    public string? Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            return RecordReader.String(ref reader);
        }

        if (reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length > MaxLength)
        {
            return reader.GetString();
        }

        if (_value is not null && reader.ValueSpan.SequenceEqual(_utf8))
        {
            return _value;
        }

        _value = reader.GetString()!;
        _utf8 = reader.ValueSpan.ToArray();
        return _value;
    }
}
