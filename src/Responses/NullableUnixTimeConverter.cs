using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai;

/// <summary>Reads and writes an optional Unix time in seconds (<c>expires_at</c>, <c>finished_at</c>); null stays null.</summary>
internal sealed class NullableUnixTimeConverter : JsonConverter<DateTimeOffset?>
{
    public override bool HandleNull => true;

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.Number => UnixTimeConverter.ReadSeconds(ref reader),
            _ => throw new JsonException($"Expected a Unix time in seconds or null, got {reader.TokenType}."),
        };

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (value is { } time)
        {
            writer.WriteNumberValue(time.ToUnixTimeSeconds());
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
