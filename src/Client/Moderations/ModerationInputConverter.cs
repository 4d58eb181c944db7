using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Moderations;

/// <summary>Writes a <see cref="ModerationInput"/> as the string, string array or part array it holds.</summary>
internal sealed class ModerationInputConverter : JsonConverter<ModerationInput>
{
    public override ModerationInput Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("A moderation input is only written.");

    public override void Write(Utf8JsonWriter writer, ModerationInput value, JsonSerializerOptions options)
    {
        if (value.Text is { } text)
        {
            writer.WriteStringValue(text);
            return;
        }

        writer.WriteStartArray();
        if (value.Texts is { } texts)
        {
            foreach (var item in texts)
            {
                writer.WriteStringValue(item);
            }
        }
        else
        {
            foreach (var part in value.Parts!)
            {
                writer.WriteStartObject();
                if (part.TextValue is { } partText)
                {
                    writer.WriteString("type", "text");
                    writer.WriteString("text", partText);
                }
                else
                {
                    writer.WriteString("type", "image_url");
                    writer.WritePropertyName("image_url");
                    writer.WriteStartObject();
                    writer.WriteString("url", part.ImageUrlValue);
                    writer.WriteEndObject();
                }

                writer.WriteEndObject();
            }
        }

        writer.WriteEndArray();
    }
}
