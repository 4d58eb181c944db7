using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Oai.Emulator.Recording;

namespace Oai.Emulator;

/// <summary>A request the emulator received, as <see cref="OaiEmulator.Requests"/> lists it and
/// <see cref="EmulatorReply.When"/> sees it.</summary>
/// <remarks>Credentials are masked: <see cref="Headers"/> shows <c>Authorization</c>, <c>Proxy-Authorization</c>,
/// <c>api-key</c> and cookies as their scheme (if any) and <c>[redacted]</c>, the headers recordings leave out, so a test that prints its requests prints no key;
/// <see cref="HasApiKey"/> checks which key was sent.</remarks>
public sealed class EmulatorRequest
{
    private const string Mask = "[redacted]";
    private readonly TaskCompletionSource<bool> _clientLeft = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly string? _bearer;

    internal EmulatorRequest(string method, string path, string query, IHeaderDictionary headers, JsonElement? body, DateTimeOffset receivedAt)
    {
        Method = method;
        Path = path;
        Query = query;
        var kept = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in headers)
        {
            kept[name] = Recorder.IsSecretHeader(name) ? MaskCredential(value.ToString()) : value.ToString();
        }

        Headers = kept;
        var authorization = headers.Authorization.ToString();
        _bearer = authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization[7..].Trim() : null;
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

    /// <summary>Gets the request headers (names compared case-insensitively; repeated values joined with <c>, </c>;
    /// credentials masked, for example <c>Authorization: Bearer [redacted]</c>).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>Gets the parsed JSON body, or null when the body was empty, not JSON (an upload) or did not parse.</summary>
    public JsonElement? Body { get; }

    /// <summary>Gets the body's <c>model</c>, or null when it has none.</summary>
    public string? Model { get; }

    /// <summary>Gets when the request arrived, on the emulator's clock.</summary>
    public DateTimeOffset ReceivedAt { get; }

    /// <summary>Gets whether the body asks for a stream (<c>"stream": true</c>).</summary>
    public bool IsStream => Body is { ValueKind: JsonValueKind.Object } json && json.TryGetProperty("stream", out var stream) && stream.ValueKind == JsonValueKind.True;

    /// <summary>Gets a task that completes when the emulator is done with the request: true when the client had closed
    /// the connection (or, in memory, disposed the response) before the answer was complete, as a cancelled call, a
    /// timeout or a stream left early do; false when the answer was sent whole or the emulator stopped.</summary>
    /// <remarks>This is how a test checks that its code lets go of a connection: <c>Assert.True(await
    /// emulator.Requests[0].ClientLeft.WaitAsync(TimeSpan.FromSeconds(10)));</c>.</remarks>
    public Task<bool> ClientLeft => _clientLeft.Task;

    /// <summary>Returns whether the request's <c>Authorization</c> header was <c>Bearer</c> and
    /// <paramref name="apiKey"/>, the check <see cref="Headers"/> cannot make since it masks the key.</summary>
    /// <param name="apiKey">The key the request should have carried.</param>
    /// <returns>True when the request carried exactly that key.</returns>
    public bool HasApiKey(string apiKey)
    {
        ArgumentNullException.ThrowIfNull(apiKey);
        return _bearer is not null
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(_bearer), Encoding.UTF8.GetBytes(apiKey));
    }

    /// <summary>Returns the method and path, for example <c>POST chat/completions</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Method} {Path}{Query}";

    internal void End(bool clientLeft) => _clientLeft.TrySetResult(clientLeft);

    private static string MaskCredential(string value) =>
        value.IndexOf(' ', StringComparison.Ordinal) is > 0 and var space ? value[..space] + " " + Mask : Mask;
}
