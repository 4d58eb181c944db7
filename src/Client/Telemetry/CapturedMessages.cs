using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Oai.Telemetry;

/// <summary>Builds <c>gen_ai.input.messages</c> / <c>gen_ai.output.messages</c> in the conventions' shape, cut to a
/// size limit in a way that always leaves valid JSON.</summary>
/// <remarks>
/// Over the limit, the longest text is shortened first (ending in <see cref="TruncationMarker"/>), then messages are
/// dropped from the end; the result is re-serialised each time, so it is valid JSON by construction.
/// </remarks>
internal sealed class CapturedMessages
{
    public const string TruncationMarker = "…[truncated]";

    private static readonly JsonWriterOptions s_writerOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly List<Message> _messages = [];

    public int Count => _messages.Count;

    public void AddMessage(string role, string? finishReason = null) => _messages.Add(new Message(role, finishReason));

    public void AddText(string content) => Last.Parts.Add(new Part("text") { Content = content });

    public void AddToolCall(string? id, string? name, string? arguments) =>
        Last.Parts.Add(new Part("tool_call") { Id = id, Name = name, Content = arguments, ContentIsJson = true, ContentKey = "arguments" });

    public void AddToolCallResponse(string? id, string? response) =>
        Last.Parts.Add(new Part("tool_call_response") { Id = id, Content = response, ContentIsJson = true, ContentKey = "response" });

    /// <summary>Adds a non-text part (image, audio, file) by kind only: its bytes are never captured.</summary>
    public void AddOther(string type, string modality, string? uri = null) =>
        Last.Parts.Add(new Part(type) { Modality = modality, Content = uri, ContentKey = "uri" });

    public string ToJson(int maxBytes)
    {
        while (true)
        {
            var json = Serialize();
            if (json.WrittenCount <= maxBytes)
            {
                return System.Text.Encoding.UTF8.GetString(json.WrittenSpan);
            }

            if (!ShortenLongest(json.WrittenCount - maxBytes) && !DropLast())
            {
                return "[]";
            }
        }
    }

    private Message Last => _messages.Count > 0 ? _messages[^1] : throw new InvalidOperationException("Add a message first.");

    private ArrayBufferWriter<byte> Serialize()
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using var writer = new Utf8JsonWriter(buffer, s_writerOptions);
        writer.WriteStartArray();
        foreach (var message in _messages)
        {
            writer.WriteStartObject();
            writer.WriteString("role", message.Role);
            writer.WriteStartArray("parts");
            foreach (var part in message.Parts)
            {
                part.Write(writer);
            }

            writer.WriteEndArray();
            if (message.FinishReason is not null)
            {
                writer.WriteString("finish_reason", message.FinishReason);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.Flush();
        return buffer;
    }

    /// <summary>Cuts the longest content by at least <paramref name="excess"/> bytes' worth; false when nothing is left to cut.</summary>
    private bool ShortenLongest(int excess)
    {
        Part? longest = null;
        foreach (var message in _messages)
        {
            foreach (var part in message.Parts)
            {
                if (part.Content is { Length: > 0 } && (longest is null || part.Content.Length > longest.Content!.Length))
                {
                    longest = part;
                }
            }
        }

        if (longest is null || longest.Content!.Length <= TruncationMarker.Length)
        {
            return longest is not null && longest.Truncate(0);
        }

        // Escaping can make a character several bytes: cut generously, at least half of what is over.
        var keep = Math.Max(0, longest.Content.Length - Math.Max(excess + TruncationMarker.Length * 3, longest.Content.Length / 4));
        return longest.Truncate(keep);
    }

    private bool DropLast()
    {
        if (_messages.Count == 0)
        {
            return false;
        }

        _messages.RemoveAt(_messages.Count - 1);
        return true;
    }

    private sealed record Message(string Role, string? FinishReason)
    {
        public List<Part> Parts { get; } = [];
    }

    private sealed class Part(string type)
    {
        public string? Id { get; init; }

        public string? Name { get; init; }

        public string? Modality { get; init; }

        public string ContentKey { get; init; } = "content";

        public string? Content { get; set; }

        /// <summary>Gets or sets whether <see cref="Content"/> is JSON text to embed as JSON (tool arguments and results).</summary>
        public bool ContentIsJson { get; set; }

        public bool Truncate(int keep)
        {
            if (Content is null || (keep == 0 && Content.Length == 0))
            {
                return false;
            }

            if (char.IsHighSurrogate(Content[Math.Max(0, keep - 1)]) && keep > 0)
            {
                keep--;
            }

            Content = keep == 0 ? string.Empty : string.Concat(Content.AsSpan(0, keep), TruncationMarker);
            ContentIsJson = false;
            return true;
        }

        public void Write(Utf8JsonWriter writer)
        {
            writer.WriteStartObject();
            writer.WriteString("type", type);
            if (Id is not null)
            {
                writer.WriteString("id", Id);
            }

            if (Name is not null)
            {
                writer.WriteString("name", Name);
            }

            if (Modality is not null)
            {
                writer.WriteString("modality", Modality);
            }

            if (Content is not null)
            {
                writer.WritePropertyName(ContentKey);
                if (!ContentIsJson || !TryWriteJson(writer, Content))
                {
                    writer.WriteStringValue(Content);
                }
            }

            writer.WriteEndObject();
        }

        private static bool TryWriteJson(Utf8JsonWriter writer, string json)
        {
            try
            {
                using var document = JsonDocument.Parse(json);
                document.RootElement.WriteTo(writer);
                return true;
            }
            catch (JsonException)
            {
                return false;
            }
        }
    }
}
