using System;
using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace Oai.Emulator.Core;

/// <summary>Writes records as the service writes them: through the library's own <see cref="RecordsJsonContext"/>,
/// then with the fields the service always sends set to null where the record has none (the context omits nulls).</summary>
internal static class Wire
{
    /// <summary>The error body fields the service sends as null.</summary>
    public static readonly string[] ErrorNulls = ["error.param", "error.code"];

    // The service writes UTF-8 as is (no \u0027 for an apostrophe); the text is only ever sent as JSON.
    private static readonly JsonWriterOptions s_writerOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Serializes <paramref name="value"/> to UTF-8 JSON, adding a null at each of <paramref name="nulls"/>
    /// (dotted paths; <c>[]</c> after a name means every item of that array) where the field is missing; a path that
    /// starts with <c>-</c> instead removes an empty array there (the service omits <c>tool_calls</c> rather than send <c>[]</c>).</summary>
    public static byte[] ToUtf8<T>(T value, JsonTypeInfo<T> typeInfo, params ReadOnlySpan<string> nulls)
    {
        var node = JsonSerializer.SerializeToNode(value, typeInfo);
        foreach (var path in nulls)
        {
            var remove = path.StartsWith('-');
            AddNull(node, remove ? path.AsSpan(1) : path.AsSpan(), remove);
        }

        return ToUtf8(node);
    }

    /// <summary>Writes a JSON node as UTF-8.</summary>
    public static byte[] ToUtf8(JsonNode? node)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, s_writerOptions))
        {
            if (node is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                node.WriteTo(writer);
            }
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void AddNull(JsonNode? node, ReadOnlySpan<char> path, bool remove)
    {
        if (node is not JsonObject obj)
        {
            return;
        }

        var dot = path.IndexOf('.');
        var head = dot < 0 ? path : path[..dot];
        var rest = dot < 0 ? ReadOnlySpan<char>.Empty : path[(dot + 1)..];
        var each = head.EndsWith("[]");
        var name = (each ? head[..^2] : head).ToString();
        if (rest.IsEmpty)
        {
            if (remove)
            {
                if (obj[name] is JsonArray { Count: 0 })
                {
                    obj.Remove(name);
                }
            }
            else if (!obj.ContainsKey(name))
            {
                obj[name] = null;
            }

            return;
        }

        var child = obj[name];
        if (each && child is JsonArray items)
        {
            foreach (var item in items)
            {
                AddNull(item, rest, remove);
            }
        }
        else if (!each)
        {
            AddNull(child, rest, remove);
        }
    }
}
