using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Oai.Chat;

/// <summary>Writes <see cref="ChatMessageContent"/> as a JSON string or an array of parts, and reads either back.</summary>
internal sealed class ChatMessageContentConverter : JsonConverter<ChatMessageContent>
{
    public override ChatMessageContent? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return new ChatMessageContent(reader.GetString()!);
            case JsonTokenType.StartArray:
                var parts = JsonSerializer.Deserialize(ref reader, PartsInfo(options)) ?? [];
                return new ChatMessageContent(parts);
            default:
                throw new JsonException($"Expected a string or an array for message content, got {reader.TokenType}.");
        }
    }

    public override void Write(Utf8JsonWriter writer, ChatMessageContent value, JsonSerializerOptions options)
    {
        if (value.Text is not null)
        {
            writer.WriteStringValue(value.Text);
            return;
        }

        var partInfo = (JsonTypeInfo<ChatContentPart>)options.GetTypeInfo(typeof(ChatContentPart));
        writer.WriteStartArray();
        foreach (var part in value.Parts!)
        {
            JsonSerializer.Serialize(writer, part, partInfo);
        }

        writer.WriteEndArray();
    }

    private static JsonTypeInfo<List<ChatContentPart>> PartsInfo(JsonSerializerOptions options) =>
        (JsonTypeInfo<List<ChatContentPart>>)options.GetTypeInfo(typeof(List<ChatContentPart>));
}
