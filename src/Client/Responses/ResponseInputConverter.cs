using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>Writes an input as its text or its items; inputs are only sent.</summary>
internal sealed class ResponseInputConverter : JsonConverter<ResponseInput>
{
    public override ResponseInput Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Inputs are only written.");

    public override void Write(Utf8JsonWriter writer, ResponseInput value, JsonSerializerOptions options)
    {
        if (value.Text is { } text)
        {
            writer.WriteStringValue(text);
            return;
        }

        writer.WriteStartArray();
        foreach (var item in value.Items)
        {
            JsonSerializer.Serialize(writer, item, RecordsJsonContext.Default.ResponseItem);
        }

        writer.WriteEndArray();
    }
}
