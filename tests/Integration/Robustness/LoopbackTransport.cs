using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Oai.IntegrationTests.Servers;
using Oai.UnitTests.Robustness;

namespace Oai.IntegrationTests.Robustness;

/// <summary>Serves robustness cases from one Kestrel <see cref="LoopbackServer"/> over real sockets, so the client runs
/// with its own transport (SocketsHttpHandler, AutomaticDecompression = All): Content-Encoding is decoded, a body
/// shorter than its Content-Length is a real cut connection, a stall is a real silent socket.</summary>
/// <remarks>Each client names its case in a header; a request gets the reply of the page its <c>after</c> cursor asks
/// for, so retries get the same reply.</remarks>
internal sealed class LoopbackTransport : ICaseTransport, IAsyncDisposable
{
    private const string CaseHeader = "X-Robustness-Case";

    private static readonly TimeSpan s_dropDelay = TimeSpan.FromMilliseconds(100);

    private readonly ConcurrentDictionary<string, Served> _cases = new();
    private LoopbackServer _server = null!;

    private LoopbackTransport()
    {
    }

    public bool Decompresses => true;

    public bool DropMayLoseHeaders => true;

    public static async Task<LoopbackTransport> StartAsync()
    {
        var transport = new LoopbackTransport();
        transport._server = await LoopbackServer.StartAsync((context, _) => transport.ServeAsync(context));
        return transport;
    }

    public Func<int> Prepare(Scenario scenario, OaiClientOptions options, CancellationToken serverShutdown)
    {
        var id = $"{scenario.Seed}-{scenario.CaseNumber}";
        var served = new Served(scenario, serverShutdown);
        _cases[id] = served;
        options.BaseUrl = _server.BaseUrl;
        options.DefaultHeaders[CaseHeader] = id;
        return () => Volatile.Read(ref served.Requests);
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private async Task ServeAsync(HttpContext context)
    {
        var served = _cases[context.Request.Headers[CaseHeader].ToString()];
        Interlocked.Increment(ref served.Requests);
        var reply = served.Scenario.ReplyFor(new Uri($"http://loopback{context.Request.Path}{context.Request.QueryString}"));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, served.Shutdown);

        // Read the upload as a server would before it answers.
        await context.Request.Body.CopyToAsync(System.IO.Stream.Null, stop.Token);

        var response = context.Response;
        response.StatusCode = reply.Status;
        foreach (var (name, value) in reply.Headers)
        {
            response.Headers[name] = value;
        }

        if (reply.ContentType is not null)
        {
            response.Headers.ContentType = reply.ContentType;
        }

        if (reply.ContentEncoding is not null)
        {
            response.Headers.ContentEncoding = reply.ContentEncoding;
        }

        // A dropped body announces its full length, so the client knows it was cut off.
        response.ContentLength = reply.Body.Length;
        var sent = reply.End == BodyEnd.Complete ? reply.Body.Length : Math.Min(reply.Cutoff, reply.Body.Length);
        await response.Body.WriteAsync(reply.Body.AsMemory(0, sent), stop.Token);
        await response.Body.FlushAsync(stop.Token);
        switch (reply.End)
        {
            case BodyEnd.Drop:
                // Give the client a moment to read the headers and the first bytes before the reset (which discards
                // what it has not read); CaseRunner does not count on it.
                await Task.Delay(s_dropDelay, stop.Token);
                context.Abort();
                break;
            case BodyEnd.Stall:
                try
                {
                    await Task.Delay(Timeout.Infinite, stop.Token);
                }
                finally
                {
                    context.Abort();
                }

                break;
        }
    }

    /// <summary>A case being served: its scenario, when it is over, and how many requests reached the server.</summary>
    private sealed class Served(Scenario scenario, CancellationToken shutdown)
    {
        public int Requests;

        public Scenario Scenario { get; } = scenario;

        public CancellationToken Shutdown { get; } = shutdown;
    }
}
