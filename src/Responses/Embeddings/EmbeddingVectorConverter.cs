using System;
using System.Buffers;
using System.Buffers.Binary;
using System.Buffers.Text;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Embeddings;

/// <summary>Reads an embedding as a base64 string of little-endian float32 or as a JSON array of numbers, straight
/// into one exactly sized <see cref="float"/> array; writes it back as a JSON array.</summary>
/// <remarks>
/// No string is built per vector or per number: base64 is decoded from the reader's raw UTF-8 bytes (through a pooled
/// buffer only when the JSON escaped a character, as <c>\/</c>), numbers are parsed from their bytes.
/// </remarks>
internal sealed class EmbeddingVectorConverter : JsonConverter<ReadOnlyMemory<float>>
{
    private const int InitialFloats = 1024;

    public override bool HandleNull => true;

    public override ReadOnlyMemory<float> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        return reader.TokenType switch
        {
            JsonTokenType.String => ReadBase64(ref reader),
            JsonTokenType.StartArray => ReadNumbers(ref reader),
            JsonTokenType.Null => ReadOnlyMemory<float>.Empty,
            _ => throw new JsonException($"Expected a base64 string or an array of numbers for an embedding, got {reader.TokenType}."),
        };
    }

    public override void Write(Utf8JsonWriter writer, ReadOnlyMemory<float> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var number in value.Span)
        {
            writer.WriteNumberValue(number);
        }

        writer.WriteEndArray();
    }

    /// <summary>Decodes base64 UTF-8 text into floats; the text length fixes the vector length exactly.</summary>
    internal static float[] DecodeBase64(ReadOnlySpan<byte> utf8)
    {
        var padding = utf8.EndsWith("=="u8) ? 2 : utf8.EndsWith("="u8) ? 1 : 0;
        var byteCount = (utf8.Length / 4 * 3) - padding;
        if (utf8.Length % 4 != 0 || byteCount % sizeof(float) != 0)
        {
            throw new JsonException($"An embedding's base64 text of {utf8.Length} characters does not hold whole float32 values.");
        }

        var vector = new float[byteCount / sizeof(float)];
        var status = Base64.DecodeFromUtf8(utf8, MemoryMarshal.AsBytes(vector.AsSpan()), out _, out var written);
        if (status != OperationStatus.Done || written != byteCount)
        {
            throw new JsonException($"An embedding's base64 text could not be decoded ({status}).");
        }

        if (!BitConverter.IsLittleEndian)
        {
            var bits = MemoryMarshal.Cast<float, int>(vector.AsSpan());
            BinaryPrimitives.ReverseEndianness(bits, bits);
        }

        return vector;
    }

    private static float[] ReadBase64(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            return DecodeBase64(reader.ValueSpan);
        }

        var rawLength = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
        var buffer = ArrayPool<byte>.Shared.Rent(rawLength);
        try
        {
            var length = reader.CopyString(buffer);
            return DecodeBase64(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static float[] ReadNumbers(ref Utf8JsonReader reader)
    {
        var buffer = ArrayPool<float>.Shared.Rent(InitialFloats);
        var count = 0;
        try
        {
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType != JsonTokenType.Number)
                {
                    throw new JsonException($"Expected a number inside an embedding array, got {reader.TokenType}.");
                }

                if (count == buffer.Length)
                {
                    var larger = ArrayPool<float>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, count).CopyTo(larger);
                    ArrayPool<float>.Shared.Return(buffer);
                    buffer = larger;
                }

                buffer[count++] = reader.GetSingle();
            }

            return buffer.AsSpan(0, count).ToArray();
        }
        finally
        {
            ArrayPool<float>.Shared.Return(buffer);
        }
    }
}
