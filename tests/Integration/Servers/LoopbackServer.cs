using System;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Oai.IntegrationTests.Servers;

/// <summary>A real HTTP server on a free loopback port (Kestrel), scripted per test with one request handler.</summary>
/// <remarks>Counts requests and sees when the client closes the connection, through <see cref="HttpContext.RequestAborted"/>.</remarks>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _requests;
    private int _aborted;

    private LoopbackServer(WebApplication app)
    {
        _app = app;
    }

    public Uri BaseUrl { get; private set; } = null!;

    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Completes when a request's connection was closed by the client before the handler finished.</summary>
    public TaskCompletionSource ClientAborted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int AbortedRequests => Volatile.Read(ref _aborted);

    /// <summary>Opened by the test's client once it holds what the server sent, so the server can drop the
    /// connection without the reset discarding bytes the client had not read yet (a sleep would race a busy machine).</summary>
    public TaskCompletionSource ClientHasData { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static async Task<LoopbackServer> StartAsync(Func<HttpContext, int, Task> handler)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new LoopbackServer(app);
        app.Run(async context =>
        {
            var number = Interlocked.Increment(ref server._requests);
            context.RequestAborted.Register(() =>
            {
                Interlocked.Increment(ref server._aborted);
                server.ClientAborted.TrySetResult();
            });
            try
            {
                await handler(context, number);
            }
            catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
            {
                // The client went away; nothing more to send.
            }
        });
        await app.StartAsync();
        var address = app.Services.GetService(typeof(IServer)) is IServer s
            ? s.Features.Get<IServerAddressesFeature>()!.Addresses.First()
            : throw new InvalidOperationException("no server");
        server.BaseUrl = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/v1/");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(stop.Token);
        await _app.DisposeAsync();
    }
}
