using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>Writes a tool choice as its mode string or its object; tool choices are only sent.</summary>
internal sealed class ResponseToolChoiceConverter : JsonConverter<ResponseToolChoice>
{
    public override ResponseToolChoice Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Tool choices are only written.");

    public override void Write(Utf8JsonWriter writer, ResponseToolChoice value, JsonSerializerOptions options)
    {
        if (value.Mode is { } mode)
        {
            writer.WriteStringValue(mode);
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("type"u8, value.Type);
        if (value.ServerLabel is { } server)
        {
            writer.WriteString("server_label"u8, server);
        }

        if (value.Name is { } name)
        {
            writer.WriteString("name"u8, name);
        }

        writer.WriteEndObject();
    }
}
