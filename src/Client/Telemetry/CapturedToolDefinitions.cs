using System.Buffers;
using System.Collections.Generic;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Oai.Telemetry;

/// <summary>Builds <c>gen_ai.tool.definitions</c> in the conventions' shape (<c>type</c>, <c>name</c>, and the large
/// <c>description</c> and <c>parameters</c>), cut to a size limit so the JSON stays valid and in shape.</summary>
/// <remarks>Over the limit, every tool's <c>parameters</c> go first, then every <c>description</c>, then tools from the
/// end: a reader keeps the list of tool names as long as possible.</remarks>
internal sealed class CapturedToolDefinitions
{
    private static readonly JsonWriterOptions s_writerOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly List<Tool> _tools = [];

    public int Count => _tools.Count;

    /// <summary>Adds a tool; <paramref name="parameters"/> is kept only when it is a JSON schema (an object or a boolean).</summary>
    public void Add(string type, string name, string? description = null, JsonElement? parameters = null) =>
        _tools.Add(new Tool(type, name, description, parameters is { ValueKind: JsonValueKind.Object or JsonValueKind.True or JsonValueKind.False } p ? p : null));

    public string ToJson(int maxBytes)
    {
        foreach (var (parameters, descriptions) in new[] { (true, true), (false, true), (false, false) })
        {
            var json = Serialize(_tools.Count, parameters, descriptions);
            if (json.WrittenCount <= maxBytes)
            {
                return System.Text.Encoding.UTF8.GetString(json.WrittenSpan);
            }
        }

        for (var count = _tools.Count - 1; count >= 0; count--)
        {
            var json = Serialize(count, parameters: false, descriptions: false);
            if (json.WrittenCount <= maxBytes)
            {
                return System.Text.Encoding.UTF8.GetString(json.WrittenSpan);
            }
        }

        return "[]";
    }

    private ArrayBufferWriter<byte> Serialize(int count, bool parameters, bool descriptions)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using var writer = new Utf8JsonWriter(buffer, s_writerOptions);
        writer.WriteStartArray();
        for (var i = 0; i < count; i++)
        {
            var tool = _tools[i];
            writer.WriteStartObject();
            writer.WriteString("type", tool.Type);
            writer.WriteString("name", tool.Name);
            if (descriptions && tool.Description is not null)
            {
                writer.WriteString("description", tool.Description);
            }

            if (parameters && tool.Parameters is { } schema)
            {
                writer.WritePropertyName("parameters");
                schema.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.Flush();
        return buffer;
    }

    private sealed record Tool(string Type, string Name, string? Description, JsonElement? Parameters);
}
