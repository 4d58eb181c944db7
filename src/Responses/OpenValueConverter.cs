using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai;

/// <summary>Reads and writes an <see cref="IOpenValue{TSelf}"/> as a plain JSON string, never rejecting a new value.
/// A JSON <c>null</c> reads as the default value, exactly as if the field were missing.</summary>
internal sealed class OpenValueConverter<T> : JsonConverter<T>
    where T : struct, IOpenValue<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        return reader.TokenType switch
        {
            JsonTokenType.String => OpenValueCache<T>.Read(ref reader),
            // A number or boolean where a string was promised is kept as its text rather than failing the response.
            JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False =>
                T.Create(System.Text.Encoding.UTF8.GetString(reader.ValueSpan)),
            JsonTokenType.Null => default,
            _ => throw new JsonException($"Expected a string for {typeof(T).Name}, got {reader.TokenType}."),
        };
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        writer.WriteStringValue(value.Value);
    }
}
