using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Oai.Emulator;

/// <summary>A request the emulator received, as <see cref="OaiEmulator.Requests"/> lists it and
/// <see cref="EmulatorReply.When"/> sees it.</summary>
/// <remarks>Headers are kept as received, <c>Authorization</c> included: they never leave the emulator's process.</remarks>
public sealed class EmulatorRequest
{
    internal EmulatorRequest(string method, string path, string query, IReadOnlyDictionary<string, string> headers, JsonElement? body, DateTimeOffset receivedAt)
    {
        Method = method;
        Path = path;
        Query = query;
        Headers = headers;
        Body = body;
        ReceivedAt = receivedAt;
        Model = body is { ValueKind: JsonValueKind.Object } json && json.TryGetProperty("model", out var model) && model.ValueKind == JsonValueKind.String
            ? model.GetString()
            : null;
    }

    /// <summary>Gets the HTTP method, for example <c>POST</c>.</summary>
    public string Method { get; }

    /// <summary>Gets the path relative to <c>/v1/</c>, for example <c>chat/completions</c> (unescaped, without the query).</summary>
    public string Path { get; }

    /// <summary>Gets the query string with its leading <c>?</c>, or empty.</summary>
    public string Query { get; }

    /// <summary>Gets the request headers (names compared case-insensitively; repeated values joined with <c>, </c>).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>Gets the parsed JSON body, or null when the body was empty, not JSON (an upload) or did not parse.</summary>
    public JsonElement? Body { get; }

    /// <summary>Gets the body's <c>model</c>, or null when it has none.</summary>
    public string? Model { get; }

    /// <summary>Gets when the request arrived, on the emulator's clock.</summary>
    public DateTimeOffset ReceivedAt { get; }

    /// <summary>Gets whether the body asks for a stream (<c>"stream": true</c>).</summary>
    public bool IsStream => Body is { ValueKind: JsonValueKind.Object } json && json.TryGetProperty("stream", out var stream) && stream.ValueKind == JsonValueKind.True;

    /// <summary>Returns the method and path, for example <c>POST chat/completions</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Method} {Path}{Query}";
}
