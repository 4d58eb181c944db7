using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Oai.Emulator.Endpoints;
using Oai.Emulator.Recording;

namespace Oai.Emulator.Core;

/// <summary>The emulator's one request delegate: every request gets an <c>x-request-id</c>, is logged, then routed
/// (404/405 for unknown paths and methods), checked against the rate limit, answered by a matching scripted reply or
/// by its endpoint; an <see cref="EmulatorApiException"/> anywhere becomes an OpenAI-shaped error body.</summary>
internal sealed class EmulatorApp
{
    private readonly Router _router = new();
    private readonly EmulatorState _state;
    private readonly Proxy? _proxy;
    private readonly Replayer? _replayer;

    public EmulatorApp(EmulatorState state, Proxy? proxy, Replayer? replayer)
    {
        _state = state;
        _proxy = proxy;
        _replayer = replayer;
        EndpointRegistry.MapAll(_router);
    }

    public async Task HandleAsync(HttpContext http)
    {
        http.Response.Headers["x-request-id"] = Ids.RequestId();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, _state.Stopping);
        var token = linked.Token;
        try
        {
            await DispatchAsync(http, token).ConfigureAwait(false);
        }
        catch (EmulatorApiException ex) when (!http.Response.HasStarted)
        {
            await WriteErrorAsync(http, ex, token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // The client left or the emulator is stopping: nothing more to say.
        }
        catch (Exception ex) when (!http.Response.HasStarted && ex is not OperationCanceledException)
        {
            // A bug here, or a throwing EmulatorReply.When: a 500 that says so beats a silent hang.
            await WriteErrorAsync(http, new EmulatorApiException(500, new ApiError { Message = $"The emulator failed: {ex.Message}", Type = "server_error" }), token).ConfigureAwait(false);
        }
        finally
        {
            if (http.Items.TryGetValue(typeof(EmulatorRequest), out var logged) && logged is EmulatorRequest request)
            {
                request.End(clientLeft: http.RequestAborted.IsCancellationRequested);
            }
        }
    }

    private async Task DispatchAsync(HttpContext http, CancellationToken token)
    {
        var method = http.Request.Method;
        var fullPath = http.Request.Path.Value ?? "/";
        var (body, parsed) = await ReadBodyAsync(http.Request, raw: _proxy is not null, token).ConfigureAwait(false);
        var path = fullPath.StartsWith("/v1/", StringComparison.Ordinal) ? fullPath[4..] : null;
        var request = new EmulatorRequest(method, path ?? fullPath, http.Request.QueryString.Value ?? string.Empty, http.Request.Headers, parsed, _state.Clock.GetUtcNow());
        _state.Script.Log(request);
        http.Items[typeof(EmulatorRequest)] = request;

        if (path is null)
        {
            throw Errors.InvalidUrl(method, fullPath);
        }

        if (_proxy is not null)
        {
            await _proxy.ForwardAsync(http, request, body ?? [], token).ConfigureAwait(false);
            return;
        }

        if (_replayer is not null)
        {
            await _replayer.ServeAsync(http, request, token).ConfigureAwait(false);
            return;
        }

        if (body is { Length: > 0 } && parsed is null)
        {
            throw Errors.InvalidJson();
        }

        var route = _router.Find(method, path, out var values, out var pathKnown)
            ?? throw (pathKnown ? Errors.WrongMethod(method, fullPath) : Errors.InvalidUrl(method, fullPath));

        _state.RateLimiter?.Admit(request, http.Response);
        var reply = _state.Script.Take(request, route);
        if (reply is not null)
        {
            if (reply.HeadersDelay > TimeSpan.Zero)
            {
                await Task.Delay(reply.HeadersDelay, _state.Clock, token).ConfigureAwait(false);
            }

            foreach (var (name, value) in reply.Headers ?? new Dictionary<string, string>())
            {
                http.Response.Headers[name] = value;
            }

            switch (reply.Kind)
            {
                case ReplyKind.Error:
                    throw new EmulatorApiException(reply.StatusCode, reply.ErrorBody!);
                case ReplyKind.Json:
                    http.Response.StatusCode = reply.StatusCode;
                    http.Response.ContentType = "application/json";
                    await http.Response.WriteAsync(reply.Content!, token).ConfigureAwait(false);
                    return;
                case ReplyKind.Reset:
                    request.End(clientLeft: false); // the emulator, not the client, drops this connection
                    http.Abort();
                    return;
                case ReplyKind.Stall:
                    await Task.Delay(Timeout.Infinite, token).ConfigureAwait(false);
                    return;
            }
        }

        await route.Handler(new EndpointContext(http, request, values, reply, _state, token)).ConfigureAwait(false);
    }

    private static async Task WriteErrorAsync(HttpContext http, EmulatorApiException ex, CancellationToken token)
    {
        foreach (var (name, value) in ex.Headers ?? new Dictionary<string, string>())
        {
            http.Response.Headers[name] = value;
        }

        var bytes = Wire.ToUtf8(new ApiErrorResponse { Error = ex.Error }, RecordsJsonContext.Default.ApiErrorResponse, Wire.ErrorNulls);
        http.Response.StatusCode = ex.StatusCode;
        http.Response.ContentType = "application/json";
        http.Response.ContentLength = bytes.Length;
        await http.Response.Body.WriteAsync(bytes, token).ConfigureAwait(false);
    }

    /// <summary>Reads a JSON body whole and parses it; an upload (multipart) is left to its endpoint, unless
    /// <paramref name="raw"/> asks for every body's bytes (the proxy forwards them as they came).</summary>
    private static async Task<(byte[]? Body, JsonElement? Parsed)> ReadBodyAsync(HttpRequest request, bool raw, CancellationToken token)
    {
        var upload = IsUpload(request);
        if (upload && !raw)
        {
            return (null, null);
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, token).ConfigureAwait(false);
        if (buffer.Length == 0)
        {
            return ([], null);
        }

        var bytes = buffer.ToArray();
        if (upload)
        {
            return (bytes, null);
        }

        try
        {
            using var document = JsonDocument.Parse(bytes);
            return (bytes, document.RootElement.Clone());
        }
        catch (JsonException)
        {
            return (bytes, null);
        }
    }

    /// <summary>Like the service, every body but an upload is read as JSON, whatever its content type says.</summary>
    private static bool IsUpload(HttpRequest request) =>
        request.ContentType?.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) == true;
}
