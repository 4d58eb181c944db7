using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>Dispatches an annotation on its <c>type</c>; an unknown type becomes <see cref="UnknownChatAnnotation"/>.</summary>
internal sealed class ChatAnnotationConverter : JsonConverter<ChatAnnotation>
{
    public override ChatAnnotation? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (UnionJson.PeekString(reader, "type"u8) == ChatUrlCitationAnnotation.Kind)
        {
            return JsonSerializer.Deserialize(ref reader, RecordsJsonContext.Default.ChatUrlCitationAnnotation);
        }

        JsonElement raw = CheckedJsonElementConverter.ParseValue(ref reader);
        return new UnknownChatAnnotation { Type = UnionJson.GetString(raw, "type") ?? string.Empty, Raw = raw };
    }

    public override void Write(Utf8JsonWriter writer, ChatAnnotation value, JsonSerializerOptions options)
    {
        switch (value)
        {
            case ChatUrlCitationAnnotation citation:
                JsonSerializer.Serialize(writer, citation, RecordsJsonContext.Default.ChatUrlCitationAnnotation);
                break;
            case UnknownChatAnnotation { Raw.ValueKind: not JsonValueKind.Undefined } unknown:
                unknown.Raw.WriteTo(writer);
                break;
            case UnknownChatAnnotation built:
                // Built in code without Raw: write what it does carry rather than fail.
                writer.WriteStartObject();
                writer.WriteString("type"u8, built.Type);
                writer.WriteEndObject();
                break;
            default:
                throw new JsonException($"Cannot write annotation type {value.GetType().Name}.");
        }
    }
}
