using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>Writes <see cref="ChatToolChoice"/> as a mode string or a tool object, and reads either back.</summary>
internal sealed class ChatToolChoiceConverter : JsonConverter<ChatToolChoice>
{
    public override ChatToolChoice? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return ChatToolChoice.FromMode(reader.GetString()!);
        }

        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        var type = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("type", out var t) ? t.GetString() : null;
        switch (type)
        {
            case "function":
                return ChatToolChoice.ForFunction(NameOf(root, "function"));
            case "custom":
                return ChatToolChoice.ForCustomTool(NameOf(root, "custom"));
            case "allowed_tools":
                var allowed = root.GetProperty("allowed_tools");
                var names = new List<string>();
                foreach (var tool in allowed.GetProperty("tools").EnumerateArray())
                {
                    names.Add(NameOf(tool, "function"));
                }

                return ChatToolChoice.AllowedTools(allowed.GetProperty("mode").GetString()!, names);
            default:
                throw new JsonException($"Unrecognised tool_choice: {root.GetRawText()}");
        }
    }

    public override void Write(Utf8JsonWriter writer, ChatToolChoice value, JsonSerializerOptions options)
    {
        if (value.IsMode)
        {
            writer.WriteStringValue(value.Kind);
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("type", value.Kind);
        if (value.ToolName is not null)
        {
            WriteName(writer, value.Kind, value.ToolName);
        }
        else
        {
            writer.WriteStartObject("allowed_tools");
            writer.WriteString("mode", value.AllowedToolsMode);
            writer.WriteStartArray("tools");
            foreach (var name in value.AllowedFunctionNames ?? [])
            {
                writer.WriteStartObject();
                writer.WriteString("type", "function");
                WriteName(writer, "function", name);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteName(Utf8JsonWriter writer, string property, string name)
    {
        writer.WriteStartObject(property);
        writer.WriteString("name", name);
        writer.WriteEndObject();
    }

    private static string NameOf(JsonElement element, string property) =>
        element.GetProperty(property).GetProperty("name").GetString()
        ?? throw new JsonException($"tool_choice.{property}.name is null.");
}
