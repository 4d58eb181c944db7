using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace Oai.Emulator.Core;

/// <summary>What an endpoint handler gets: the request (parsed), its route values, the scripted content reply that
/// matched it (if any), the emulator's state, and the helpers that write JSON, streams and errors.</summary>
internal sealed class EndpointContext
{
    private readonly IReadOnlyDictionary<string, string> _routeValues;

    public EndpointContext(HttpContext http, EmulatorRequest request, IReadOnlyDictionary<string, string> routeValues, EmulatorReply? reply, EmulatorState state, CancellationToken aborted)
    {
        Http = http;
        Request = request;
        _routeValues = routeValues;
        Reply = reply;
        State = state;
        Aborted = aborted;
    }

    public HttpContext Http { get; }

    public EmulatorRequest Request { get; }

    /// <summary>Gets the scripted content reply (text, tool calls, refusal) for this request, or null for the emulator's own.</summary>
    public EmulatorReply? Reply { get; }

    public EmulatorState State { get; }

    /// <summary>Gets a token cancelled when the client leaves or the emulator stops.</summary>
    public CancellationToken Aborted { get; }

    public DateTimeOffset Now => State.Clock.GetUtcNow();

    public string Route(string name) => _routeValues[name];

    /// <summary>Gets the JSON object body; a request without one is answered 400, as the service does.</summary>
    public JsonElement Body => Request.Body is { ValueKind: JsonValueKind.Object } body ? body : throw Errors.InvalidJson();

    public string RequireString(string name) =>
        Body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : throw Errors.MissingField(name);

    /// <summary>Reads <c>model</c>: missing is 400, unknown to the emulator is 404 <c>model_not_found</c>.</summary>
    public string RequireModel()
    {
        var model = RequireString("model");
        return State.IsKnownModel(model) ? model : throw Errors.UnknownModel(model);
    }

    public JsonElement? Optional(string name) =>
        Body.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    public bool Flag(string name) => Optional(name) is { ValueKind: JsonValueKind.True };

    public string? Query(string name) => Http.Request.Query.TryGetValue(name, out var value) && value.Count > 0 ? value[0] : null;

    /// <summary>Reads <c>limit</c> from the query: 1 to 100 (the service's bounds), <paramref name="fallback"/> when absent.</summary>
    public int QueryLimit(int fallback = 20)
    {
        if (Query("limit") is not { } text)
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit is >= 1 and <= 10_000
            ? limit
            : throw Errors.InvalidValue("limit", $"Invalid 'limit': expected an integer between 1 and 10000, got '{text}'.");
    }

    public Task WriteJsonAsync<T>(T value, JsonTypeInfo<T> typeInfo, params string[] nulls) =>
        WriteJsonAsync(200, value, typeInfo, nulls);

    public async Task WriteJsonAsync<T>(int statusCode, T value, JsonTypeInfo<T> typeInfo, params string[] nulls)
    {
        var bytes = Wire.ToUtf8(value, typeInfo, nulls);
        Http.Response.StatusCode = statusCode;
        Http.Response.ContentType = "application/json";
        Http.Response.ContentLength = bytes.Length;
        await Http.Response.Body.WriteAsync(bytes, Aborted).ConfigureAwait(false);
    }

    /// <summary>Writes a JSON document built by hand (where the record cannot say it, as base64 embeddings).</summary>
    public async Task WriteJsonAsync(JsonNode node)
    {
        var bytes = Wire.ToUtf8(node);
        Http.Response.StatusCode = 200;
        Http.Response.ContentType = "application/json";
        Http.Response.ContentLength = bytes.Length;
        await Http.Response.Body.WriteAsync(bytes, Aborted).ConfigureAwait(false);
    }

    /// <summary>Writes the events of a stream with the configured delays and the reply's faults, then <c>[DONE]</c>.</summary>
    public Task StreamAsync(IReadOnlyList<byte[]> events) => SseWriter.WriteAsync(this, events);
}
