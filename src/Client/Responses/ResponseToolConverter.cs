using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>Writes a tool as its record, or a <see cref="RawResponseTool"/> exactly as given; tools are only sent.</summary>
internal sealed class ResponseToolConverter : JsonConverter<ResponseTool>
{
    public override ResponseTool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Tools are only written; a response's tools are kept as JSON.");

    public override void Write(Utf8JsonWriter writer, ResponseTool value, JsonSerializerOptions options)
    {
        if (value is RawResponseTool raw)
        {
            raw.Json.WriteTo(writer);
            return;
        }

        JsonSerializer.Serialize(writer, value, ClientJsonContext.Default.GetTypeInfo(value.GetType())
            ?? throw new JsonException($"Cannot write tool type {value.GetType().Name}."));
    }
}
