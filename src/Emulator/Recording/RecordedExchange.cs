using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Oai.Emulator.Recording;

/// <summary>A recording file: the exchanges of one proxied session, secrets removed, in the order they happened.</summary>
internal sealed class RecordingFile
{
    [JsonPropertyName("version")]
    public int Version { get; set; } = 1;

    [JsonPropertyName("exchanges")]
    public List<RecordedExchange> Exchanges { get; set; } = [];
}

/// <summary>One request and the response it got; a stream keeps each event with its time after the headers.</summary>
internal sealed class RecordedExchange
{
    [JsonPropertyName("method")]
    public string Method { get; set; } = "GET";

    /// <summary>The path relative to <c>/v1/</c>, without the query.</summary>
    [JsonPropertyName("path")]
    public string Path { get; set; } = string.Empty;

    [JsonPropertyName("query")]
    public string Query { get; set; } = string.Empty;

    /// <summary>The request body as text (JSON), or null for none or an upload.</summary>
    [JsonPropertyName("request_body")]
    public string? RequestBody { get; set; }

    [JsonPropertyName("status")]
    public int Status { get; set; }

    [JsonPropertyName("headers")]
    public Dictionary<string, string> Headers { get; set; } = [];

    /// <summary>A body that is UTF-8 text, or null.</summary>
    [JsonPropertyName("body")]
    public string? Body { get; set; }

    /// <summary>A body that is not UTF-8 text (a downloaded file), base64, or null.</summary>
    [JsonPropertyName("body_base64")]
    public string? BodyBase64 { get; set; }

    /// <summary>The events of a stream (<c>text/event-stream</c>), or null.</summary>
    [JsonPropertyName("events")]
    public List<RecordedEvent>? Events { get; set; }
}

/// <summary>One server-sent event as sent (its lines and the blank line), and when it arrived after the headers.</summary>
internal sealed class RecordedEvent
{
    [JsonPropertyName("at_ms")]
    public double AtMilliseconds { get; set; }

    [JsonPropertyName("text")]
    public string Text { get; set; } = string.Empty;
}

/// <summary>The emulator's own JSON context, for its recording files.</summary>
[JsonSourceGenerationOptions(WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(RecordingFile))]
internal sealed partial class EmulatorJsonContext : JsonSerializerContext;
