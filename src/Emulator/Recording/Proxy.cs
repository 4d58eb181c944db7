using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace Oai.Emulator.Recording;

/// <summary>Proxy mode: forwards each request to the real service with the emulator's key (never the caller's),
/// passes the response back as it arrives (streams event by event), and records the exchange when recording.</summary>
internal sealed class Proxy : IDisposable
{
    // Hop-by-hop and framing headers: the emulator's own server sets them for its response.
    private static readonly HashSet<string> s_skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "Transfer-Encoding", "Connection", "Keep-Alive", "Content-Length", "Content-Encoding", "Server", "Date",
    };

    private static readonly string[] s_forwarded = ["Accept", "Content-Type", "OpenAI-Beta", "Idempotency-Key", "User-Agent"];

    private readonly Uri _upstream;
    private readonly string _apiKey;
    private readonly Recorder? _recorder;
    private int _active;
    private readonly HttpClient _http = new(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All }) { Timeout = Timeout.InfiniteTimeSpan };

    public Proxy(Uri upstream, string apiKey, Recorder? recorder)
    {
        _upstream = upstream.AbsoluteUri.EndsWith('/') ? upstream : new Uri(upstream.AbsoluteUri + "/");
        _apiKey = apiKey;
        _recorder = recorder;
    }

    public async Task ForwardAsync(HttpContext http, EmulatorRequest request, byte[] body, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _active);
        try
        {
            await ForwardCoreAsync(http, request, body, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Decrement(ref _active);
        }
    }

    /// <summary>Waits (up to a bound) until no exchange is being relayed, so that stopping the emulator right after a
    /// client read a stream's last event still records that stream.</summary>
    public async Task DrainAsync()
    {
        var waited = Stopwatch.StartNew();
        while (Volatile.Read(ref _active) > 0 && waited.Elapsed < TimeSpan.FromSeconds(5))
        {
            await Task.Delay(10).ConfigureAwait(false);
        }
    }

    private async Task ForwardCoreAsync(HttpContext http, EmulatorRequest request, byte[] body, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), new Uri(_upstream, request.Path + request.Query));
        if (body.Length > 0 || request.Method is "POST" or "PUT" or "PATCH")
        {
            message.Content = new ByteArrayContent(body);
        }

        foreach (var name in s_forwarded)
        {
            if (request.Headers.TryGetValue(name, out var value) && !(message.Content?.Headers.TryAddWithoutValidation(name, value) ?? false))
            {
                message.Headers.TryAddWithoutValidation(name, value);
            }
        }

        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _apiKey);
        using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        var started = Stopwatch.GetTimestamp();

        http.Response.StatusCode = (int)response.StatusCode;
        var recorded = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            if (s_skipped.Contains(name))
            {
                continue;
            }

            var value = string.Join(", ", values);
            http.Response.Headers[name] = value;
            if (!Recorder.IsSecretHeader(name))
            {
                recorded[name] = _recorder?.Scrub(value) ?? value;
            }
        }

        var exchange = new RecordedExchange
        {
            Method = request.Method,
            Path = request.Path,
            Query = request.Query,
            RequestBody = request.Body is null ? null : _recorder?.Scrub(Encoding.UTF8.GetString(body)),
            Status = (int)response.StatusCode,
            Headers = recorded,
        };

        var upstream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using var closeUpstream = upstream.ConfigureAwait(false);
        if (response.Content.Headers.ContentType?.MediaType == "text/event-stream")
        {
            exchange.Events = await RelayEventsAsync(upstream, http.Response, started, cancellationToken).ConfigureAwait(false);
            foreach (var item in exchange.Events)
            {
                item.Text = _recorder?.Scrub(item.Text) ?? item.Text;
            }
        }
        else
        {
            using var buffer = new System.IO.MemoryStream();
            await upstream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            var bytes = buffer.ToArray();
            await http.Response.Body.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
            if (IsUtf8(bytes, out var text))
            {
                exchange.Body = _recorder?.Scrub(text) ?? text;
            }
            else
            {
                exchange.BodyBase64 = Convert.ToBase64String(bytes);
            }
        }

        _recorder?.Add(exchange);
    }

    public void Dispose() => _http.Dispose();

    /// <summary>Reads on; when the emulator stops mid-stream, the stream ends there and what was relayed is recorded,
    /// so the replay breaks off where the client's stream did.</summary>
    private static async Task<int> ReadOrStopAsync(System.IO.Stream upstream, byte[] buffer, CancellationToken cancellationToken)
    {
        try
        {
            return await upstream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return 0;
        }
    }

    /// <summary>Passes the stream through as it arrives, and cuts it into events (at each blank line) with their arrival times.</summary>
    private static async Task<List<RecordedEvent>> RelayEventsAsync(System.IO.Stream upstream, HttpResponse response, long started, CancellationToken cancellationToken)
    {
        var events = new List<RecordedEvent>();
        var pending = new List<byte>();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await ReadOrStopAsync(upstream, buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            await response.Body.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
            await response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);
            var at = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            pending.AddRange(buffer.AsSpan(0, read));
            int end;
            while ((end = EventEnd(pending)) > 0)
            {
                events.Add(new RecordedEvent { AtMilliseconds = Math.Round(at, 1), Text = Encoding.UTF8.GetString(pending.GetRange(0, end).ToArray()) });
                pending.RemoveRange(0, end);
            }
        }

        if (pending.Count > 0)
        {
            // A stream cut off mid-event: keep the fragment, so the replay breaks off the same way.
            events.Add(new RecordedEvent { AtMilliseconds = Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 1), Text = Encoding.UTF8.GetString(pending.ToArray()) });
        }

        return events;
    }

    /// <summary>The length up to and including the first blank line (<c>\n\n</c> or <c>\r\n\r\n</c>), or 0.</summary>
    private static int EventEnd(List<byte> bytes)
    {
        for (var i = 1; i < bytes.Count; i++)
        {
            if (bytes[i] == '\n' && (bytes[i - 1] == '\n' || (i >= 3 && bytes[i - 1] == '\r' && bytes[i - 2] == '\n' && bytes[i - 3] == '\r')))
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static bool IsUtf8(byte[] bytes, out string text)
    {
        try
        {
            text = new UTF8Encoding(false, true).GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = string.Empty;
            return false;
        }
    }
}
