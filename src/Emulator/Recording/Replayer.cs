using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Oai.Emulator.Core;

namespace Oai.Emulator.Recording;

/// <summary>Replay mode: answers each request with the next unused recorded exchange of the same method, path and
/// query, exactly as recorded (status, headers, <c>x-request-id</c>, body), a stream event by event at its recorded times.</summary>
internal sealed class Replayer
{
    private readonly List<RecordedExchange> _exchanges;
    private readonly bool[] _used;
    private readonly TimeProvider _clock;
    private readonly object _gate = new();

    public Replayer(string path, TimeProvider clock)
    {
        var file = JsonSerializer.Deserialize(File.ReadAllBytes(path), EmulatorJsonContext.Default.RecordingFile)
            ?? throw new InvalidDataException($"{path} is not a recording.");
        _exchanges = file.Exchanges;
        _used = new bool[_exchanges.Count];
        _clock = clock;
    }

    public async Task ServeAsync(HttpContext http, EmulatorRequest request, CancellationToken cancellationToken)
    {
        var exchange = Next(request) ?? throw new EmulatorApiException(404, new ApiError
        {
            Message = $"The recording has no exchange left for {request.Method} /v1/{request.Path}{request.Query}.",
            Type = Errors.InvalidRequest,
            Code = "replay_exhausted",
        });

        http.Response.StatusCode = exchange.Status;
        foreach (var (name, value) in exchange.Headers)
        {
            http.Response.Headers[name] = value;
        }

        if (exchange.Events is { } events)
        {
            await http.Response.StartAsync(cancellationToken).ConfigureAwait(false);
            var previous = 0.0;
            foreach (var item in events)
            {
                var wait = TimeSpan.FromMilliseconds(Math.Max(0, item.AtMilliseconds - previous));
                previous = item.AtMilliseconds;
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, _clock, cancellationToken).ConfigureAwait(false);
                }

                await http.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(item.Text), cancellationToken).ConfigureAwait(false);
                await http.Response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        var body = exchange.BodyBase64 is { } base64 ? Convert.FromBase64String(base64) : Encoding.UTF8.GetBytes(exchange.Body ?? string.Empty);
        http.Response.ContentLength = body.Length;
        await http.Response.Body.WriteAsync(body, cancellationToken).ConfigureAwait(false);
    }

    private RecordedExchange? Next(EmulatorRequest request)
    {
        lock (_gate)
        {
            for (var i = 0; i < _exchanges.Count; i++)
            {
                var exchange = _exchanges[i];
                if (!_used[i] && exchange.Method == request.Method && exchange.Path == request.Path && exchange.Query == request.Query)
                {
                    _used[i] = true;
                    return exchange;
                }
            }

            return null;
        }
    }
}
