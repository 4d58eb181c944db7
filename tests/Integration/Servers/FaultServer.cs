using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace Oai.IntegrationTests.Servers;

/// <summary>What the fault server does with one request.</summary>
public delegate Task Fault(HttpContext context, FaultServer server);

/// <summary>A loopback server (real sockets, Kestrel) that misbehaves on purpose, one scripted <see cref="Fault"/> per
/// attempt; it records when each request arrived and stamps each response with its own <c>x-request-id</c>.</summary>
public sealed class FaultServer : IAsyncDisposable
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly ConcurrentQueue<Arrival> _arrivals = new();
    private LoopbackServer _server = null!;

    private FaultServer()
    {
    }

    public Uri BaseUrl => _server.BaseUrl;

    /// <summary>Gets how many requests reached the server.</summary>
    public int Requests => _server.Requests;

    /// <summary>Gets a task that completes when the client closed a connection while the server was still answering.</summary>
    public Task ClientAborted => _server.ClientAborted.Task;

    /// <summary>Gets a signal a fault sets once it reached the point the test waits for (headers pending, half a body sent).</summary>
    public TaskCompletionSource Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Opened by the test's client once it holds what the server sent; see <see cref="LoopbackServer.ClientHasData"/>.</summary>
    public TaskCompletionSource ClientHasData => _server.ClientHasData;

    /// <summary>Gets the requests in arrival order.</summary>
    public IReadOnlyList<Arrival> Arrivals => _arrivals.OrderBy(a => a.Number).ToList();

    /// <summary>Starts a server whose n-th request gets <paramref name="script"/>[n-1], the last entry repeating.</summary>
    public static async Task<FaultServer> StartAsync(params Fault[] script)
    {
        ArgumentOutOfRangeException.ThrowIfZero(script.Length);
        var server = new FaultServer();
        server._server = await LoopbackServer.StartAsync((context, number) =>
        {
            server._arrivals.Enqueue(new Arrival(
                number, server._clock.Elapsed, context.Request.Headers["X-Marker"].FirstOrDefault(), context.Connection.Id));
            context.Response.Headers["x-request-id"] = $"req_{number}";
            return script[Math.Min(number, script.Length) - 1](context, server);
        });
        return server;
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    /// <summary>One request as the server saw it.</summary>
    public sealed record Arrival(int Number, TimeSpan At, string? Marker, string ConnectionId);
}
