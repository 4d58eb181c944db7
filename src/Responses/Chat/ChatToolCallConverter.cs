using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>Dispatches a tool call on its <c>type</c>; an unknown type becomes <see cref="UnknownChatToolCall"/>.</summary>
internal sealed class ChatToolCallConverter : JsonConverter<ChatToolCall>
{
    public override ChatToolCall? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        switch (UnionJson.PeekString(reader, "type"u8))
        {
            case ChatFunctionToolCall.Kind:
                return JsonSerializer.Deserialize(ref reader, RecordsJsonContext.Default.ChatFunctionToolCall);
            case ChatCustomToolCall.Kind:
                return JsonSerializer.Deserialize(ref reader, RecordsJsonContext.Default.ChatCustomToolCall);
            default:
                JsonElement raw = CheckedJsonElementConverter.ParseValue(ref reader);
                return new UnknownChatToolCall
                {
                    Id = UnionJson.GetString(raw, "id") ?? string.Empty,
                    Type = UnionJson.GetString(raw, "type") ?? string.Empty,
                    Raw = raw,
                };
        }
    }

    public override void Write(Utf8JsonWriter writer, ChatToolCall value, JsonSerializerOptions options)
    {
        switch (value)
        {
            case ChatFunctionToolCall function:
                JsonSerializer.Serialize(writer, function, RecordsJsonContext.Default.ChatFunctionToolCall);
                break;
            case ChatCustomToolCall custom:
                JsonSerializer.Serialize(writer, custom, RecordsJsonContext.Default.ChatCustomToolCall);
                break;
            case UnknownChatToolCall { Raw.ValueKind: not JsonValueKind.Undefined } unknown:
                unknown.Raw.WriteTo(writer);
                break;
            case UnknownChatToolCall built:
                // Built in code without Raw: write what it does carry rather than fail.
                writer.WriteStartObject();
                writer.WriteString("id"u8, built.Id);
                writer.WriteString("type"u8, built.Type);
                writer.WriteEndObject();
                break;
            default:
                throw new JsonException($"Cannot write tool call type {value.GetType().Name}.");
        }
    }
}
