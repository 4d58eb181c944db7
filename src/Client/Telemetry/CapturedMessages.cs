using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Oai.Telemetry;

/// <summary>Builds <c>gen_ai.input.messages</c> / <c>gen_ai.output.messages</c> in the conventions' shape, cut to a
/// size limit in a way that always leaves valid JSON.</summary>
/// <remarks>
/// Over the limit, every content longer than a common cap is cut to it (ending in <see cref="TruncationMarker"/>), the
/// cap being the largest that fits; when even empty contents do not fit, messages are dropped from the end. The result
/// is serialised by a JSON writer each time, so it is valid JSON by construction.
/// </remarks>
internal sealed class CapturedMessages
{
    public const string TruncationMarker = "…[truncated]";

    private static readonly JsonWriterOptions s_writerOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The marker's length in UTF-8 bytes (the ellipsis takes three): what a cut adds at least.</summary>
    private static readonly int s_markerBytes = System.Text.Encoding.UTF8.GetByteCount(TruncationMarker);

    private readonly List<Message> _messages = [];
    private bool _partsOnly;

    public int Count => _messages.Count;

    public void AddMessage(string role, string? finishReason = null) => _messages.Add(new Message(role, finishReason));

    public void AddText(string content) => Last.Parts.Add(new Part("text") { Content = content });

    /// <summary>Adds reasoning the model produced (a summary or its thinking), as a <c>reasoning</c> part.</summary>
    public void AddReasoning(string content) => Last.Parts.Add(new Part("reasoning") { Content = content });

    /// <summary>Adds a tool call; the schema requires a name, so an unnamed call (an unknown kind) is named by its kind.</summary>
    public void AddToolCall(string? id, string name, string? arguments) =>
        Last.Parts.Add(new Part("tool_call") { Id = id, Name = name, Content = arguments, ContentIsJson = true, ContentKey = "arguments" });

    public void AddToolCallResponse(string? id, string response) =>
        Last.Parts.Add(new Part("tool_call_response") { Id = id, Content = response, ContentIsJson = true, ContentKey = "response" });

    /// <summary>Adds data sent or received inline (base64), as a <c>blob</c> part.</summary>
    public void AddBlob(string modality, string? mimeType, string base64) =>
        Last.Parts.Add(new Part("blob") { Modality = modality, MimeType = mimeType, Content = base64 });

    /// <summary>Adds data referenced by URL, as a <c>uri</c> part.</summary>
    public void AddUri(string modality, string uri) =>
        Last.Parts.Add(new Part("uri") { Modality = modality, Content = uri, ContentKey = "uri" });

    /// <summary>A URL as a <c>uri</c> part, or a <c>data:</c> URL as a <c>blob</c> part holding its base64 bytes.</summary>
    public void AddUrl(string modality, string url)
    {
        if (!url.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            AddUri(modality, url);
            return;
        }

        // data:[<mime type>][;base64],<data>
        var comma = url.IndexOf(',', StringComparison.Ordinal);
        var header = comma < 0 ? url.AsSpan(5) : url.AsSpan(5, comma - 5);
        var semicolon = header.IndexOf(';');
        var mimeType = (semicolon < 0 ? header : header[..semicolon]).ToString();
        AddBlob(modality, mimeType.Length > 0 ? mimeType : null, comma < 0 ? string.Empty : url[(comma + 1)..]);
    }

    /// <summary>Adds a file uploaded beforehand and referenced by id, as a <c>file</c> part.</summary>
    public void AddFile(string modality, string fileId) =>
        Last.Parts.Add(new Part("file") { Modality = modality, Content = fileId, ContentKey = "file_id" });

    /// <summary>The parts of the only message as a flat array: the shape of <c>gen_ai.system_instructions</c>.</summary>
    public string ToPartsJson(int maxBytes)
    {
        _partsOnly = true;
        return ToJson(maxBytes);
    }

    public string ToJson(int maxBytes)
    {
        var json = Serialize();
        while (json.WrittenCount > maxBytes)
        {
            // Find the largest per-part length that fits: every message keeps its beginning, long ones are cut most.
            var low = 0;
            var high = LongestContent();
            var fitted = (ArrayBufferWriter<byte>?)null;
            while (low <= high)
            {
                var cap = low + ((high - low) / 2);
                ApplyCap(cap);
                var attempt = Serialize();
                if (attempt.WrittenCount <= maxBytes)
                {
                    fitted = attempt;
                    low = cap + 1;
                }
                else
                {
                    high = cap - 1;
                }
            }

            if (fitted is not null)
            {
                ApplyCap(high);
                return System.Text.Encoding.UTF8.GetString(fitted.WrittenSpan);
            }

            // Even empty contents do not fit: drop messages from the end.
            if (_messages.Count == 0)
            {
                return "[]";
            }

            _messages.RemoveAt(_messages.Count - 1);
            ApplyCap(int.MaxValue);
            json = Serialize();
        }

        return System.Text.Encoding.UTF8.GetString(json.WrittenSpan);
    }

    private Message Last => _messages.Count > 0 ? _messages[^1] : throw new InvalidOperationException("Add a message first.");

    private ArrayBufferWriter<byte> Serialize()
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using var writer = new Utf8JsonWriter(buffer, s_writerOptions);
        writer.WriteStartArray();
        foreach (var message in _messages)
        {
            if (_partsOnly)
            {
                WriteParts(writer, message);
                continue;
            }

            writer.WriteStartObject();
            writer.WriteString("role", message.Role);
            writer.WriteStartArray("parts");
            WriteParts(writer, message);
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

    private static void WriteParts(Utf8JsonWriter writer, Message message)
    {
        foreach (var part in message.Parts)
        {
            part.Write(writer);
        }
    }

    private int LongestContent()
    {
        var longest = 0;
        foreach (var message in _messages)
        {
            foreach (var part in message.Parts)
            {
                longest = Math.Max(longest, part.Original?.Length ?? 0);
            }
        }

        return longest;
    }

    private void ApplyCap(int cap)
    {
        foreach (var message in _messages)
        {
            foreach (var part in message.Parts)
            {
                part.Cap(cap);
            }
        }
    }

    private sealed record Message(string Role, string? FinishReason)
    {
        public List<Part> Parts { get; } = [];
    }

    private sealed class Part(string type)
    {
        private string? _content;

        public string? Id { get; init; }

        public string? Name { get; init; }

        public string? Modality { get; init; }

        public string? MimeType { get; init; }

        public string ContentKey { get; init; } = "content";

        /// <summary>Gets the content as given; <see cref="Content"/> is what is written, possibly cut.</summary>
        public string? Original { get; private set; }

        public string? Content
        {
            get => _content;
            init => Original = _content = value;
        }

        /// <summary>Gets or sets whether the content is JSON text to embed as JSON (tool arguments and results).</summary>
        public bool ContentIsJson { get; init; }

        private bool Cut => !ReferenceEquals(_content, Original);

        /// <summary>Cuts the content to at most <paramref name="cap"/> characters plus the marker (or restores it).</summary>
        /// <remarks>A content that the cut would not make shorter (at most <paramref name="cap"/> characters plus the
        /// marker's bytes) is kept whole. Cutting it would save nothing, and it would make the written size shrink as
        /// the cap grows, so that the binary search in <see cref="ToJson"/> could miss the largest cap that fits and
        /// drop a message that fits once cut.</remarks>
        public void Cap(int cap)
        {
            if (Original is null || Original.Length - s_markerBytes <= cap)
            {
                _content = Original;
                return;
            }

            var keep = cap;
            if (keep > 0 && char.IsHighSurrogate(Original[keep - 1]))
            {
                keep--;
            }

            _content = string.Concat(Original.AsSpan(0, keep), TruncationMarker);
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

            if (MimeType is not null)
            {
                writer.WriteString("mime_type", MimeType);
            }

            if (Content is not null)
            {
                writer.WritePropertyName(ContentKey);
                if (!ContentIsJson || Cut || !TryWriteJson(writer, Content))
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
