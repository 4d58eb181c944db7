using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai;

/// <summary>Reads and writes a Unix time in seconds (<c>created_at</c>) as a <see cref="DateTimeOffset"/>.</summary>
internal sealed class UnixTimeConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Number
            ? ReadSeconds(ref reader)
            : throw new JsonException($"Expected a Unix time in seconds, got {reader.TokenType}.");

    /// <summary>Reads the number the reader sits on as Unix seconds; a value outside the dates
    /// <see cref="DateTimeOffset"/> holds is a <see cref="JsonException"/>, as any other unreadable value is.</summary>
    internal static DateTimeOffset ReadSeconds(ref Utf8JsonReader reader)
    {
        var seconds = reader.GetDouble();
        return seconds >= -62_135_596_800 && seconds <= 253_402_300_799
            ? DateTimeOffset.FromUnixTimeSeconds((long)seconds)
            : throw new JsonException($"The Unix time {seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)} is outside the range of dates.");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(value.ToUnixTimeSeconds());
}
