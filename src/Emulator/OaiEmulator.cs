using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Oai.Emulator.Core;
using Oai.Emulator.Recording;

namespace Oai.Emulator;

/// <summary>A local OpenAI API for tests: the endpoints of <see cref="OaiClient"/> with the real wire shapes, scripted
/// replies and faults, request inspection, record and replay, and rate limits.</summary>
/// <remarks>
/// <para>Serves the API under <c>/v1/</c> like the service, on a loopback port (<see cref="BaseUrl"/> is
/// <c>http://127.0.0.1:PORT/v1/</c>, for any HTTP client in any language) or, with
/// <see cref="OaiEmulatorOptions.InMemory"/>, without sockets. Any API key is accepted.</para>
/// <para>Thread-safe: clients may call it from many threads while a test queues replies and reads
/// <see cref="Requests"/>. Dispose it to stop it; stalled and streaming responses end at once.</para>
/// </remarks>
/// <example>
/// <code>
/// await using var emulator = await OaiEmulator.StartAsync();
/// using var client = emulator.CreateClient();
/// emulator.Enqueue(EmulatorReply.Text("Hello!"));
/// var reply = await client.Chat.Completions.CreateAsync(new ChatCompletionRequest { Model = "gpt-4o-mini", Messages = [ChatMessage.User("Hi")] });
/// </code>
/// </example>
public sealed class OaiEmulator : IAsyncDisposable
{
    /// <summary>The API key <see cref="CreateClient"/> sends unless configured otherwise; the emulator accepts any.</summary>
    public const string ApiKey = "sk-emulator";

    private static readonly Uri s_inMemoryRoot = new("http://oai-emulator.invalid/");

    private readonly WebApplication _app;
    private readonly EmulatorState _state;
    private readonly CancellationTokenSource _stopping;
    private readonly Proxy? _proxy;
    private int _disposed;

    private OaiEmulator(WebApplication app, EmulatorState state, CancellationTokenSource stopping, Uri root, bool inMemory, Proxy? proxy)
    {
        _proxy = proxy;
        _app = app;
        _state = state;
        _stopping = stopping;
        BaseUrl = new Uri(root, "v1/");
        IsInMemory = inMemory;
    }

    /// <summary>Gets the base URL of the API, ending in <c>/v1/</c>; in memory its host is not a real one.</summary>
    public Uri BaseUrl { get; }

    /// <summary>Gets whether the emulator runs without sockets (<see cref="OaiEmulatorOptions.InMemory"/>).</summary>
    public bool IsInMemory { get; }

    /// <summary>Gets the requests received so far, oldest first (a snapshot of the last
    /// <see cref="OaiEmulatorOptions.RequestLogLimit"/>), their credentials masked.</summary>
    public IReadOnlyList<EmulatorRequest> Requests => _state.Script.Requests;

    /// <summary>Gets how many queued replies no request has matched yet.</summary>
    public int PendingReplies => _state.Script.Pending;

    /// <summary>Starts an emulator; <c>await using</c> it so it stops at the end of the test.</summary>
    /// <param name="options">The settings, or null for the defaults (a free loopback port).</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running emulator.</returns>
    /// <exception cref="ArgumentException">An option is out of range or options contradict each other; the message names them.</exception>
    /// <exception cref="System.IO.IOException">The port is taken.</exception>
    public static async Task<OaiEmulator> StartAsync(OaiEmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new OaiEmulatorOptions();
        Validate(options);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        if (options.InMemory)
        {
            builder.WebHost.UseTestServer();
        }
        else
        {
            builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
            {
                kestrel.Listen(IPAddress.Loopback, options.Port);
                kestrel.Limits.MaxRequestBodySize = null;
            });
        }

        var stopping = new CancellationTokenSource();
        var state = new EmulatorState(options, stopping.Token);
        var proxy = options.Upstream is { } upstream
            ? new Proxy(upstream, UpstreamKey(options), options.RecordPath is { } path ? new Recorder(path, UpstreamKey(options)) : null)
            : null;
        var replayer = options.ReplayPath is { } replay ? new Replayer(replay, state.Clock) : null;
        var handler = new EmulatorApp(state, proxy, replayer);
        var app = builder.Build();
        app.Run(handler.HandleAsync);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            proxy?.Dispose();
            stopping.Dispose();
            throw;
        }

        Uri root;
        if (options.InMemory)
        {
            var server = app.GetTestServer();
            server.BaseAddress = s_inMemoryRoot;
            root = s_inMemoryRoot;
        }
        else
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            root = new Uri(address.EndsWith('/') ? address : address + "/");
        }

        return new OaiEmulator(app, state, stopping, root, options.InMemory, proxy);
    }

    /// <summary>Queues a scripted reply for the next request it matches.</summary>
    /// <param name="reply">The reply.</param>
    public void Enqueue(EmulatorReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        _state.Script.Enqueue(reply);
    }

    /// <summary>Creates a client pointed at the emulator (in memory: through its handler), with the key <see cref="ApiKey"/>.</summary>
    /// <param name="configure">Changes the options before the client is built (retries, timeouts...); <see cref="OaiClientOptions.BaseUrl"/> and, in memory,
    /// <see cref="OaiClientOptions.Transport"/> are already set.</param>
    /// <returns>The client; dispose it before the emulator.</returns>
    public OaiClient CreateClient(Action<OaiClientOptions>? configure = null)
    {
        var options = new OaiClientOptions
        {
            ApiKey = ApiKey,
            BaseUrl = BaseUrl,
            Transport = IsInMemory ? CreateHandler() : null,
        };
        configure?.Invoke(options);
        return new OaiClient(options);
    }

    /// <summary>Creates an HTTP handler that reaches the emulator, for any other HTTP client (in memory, the only way in).</summary>
    /// <returns>The handler; the caller disposes it.</returns>
    public HttpMessageHandler CreateHandler() =>
        IsInMemory ? new InMemoryHandler(_app.GetTestServer().CreateHandler()) : new SocketsHttpHandler();

    /// <summary>Stops the emulator: open streams and stalled requests end, the port is released.</summary>
    /// <returns>A task that completes when the emulator has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        if (_proxy is not null)
        {
            await _proxy.DrainAsync().ConfigureAwait(false);
        }

        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _proxy?.Dispose();
        _stopping.Dispose();
    }

    /// <summary>Returns the base URL, for logs.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"OaiEmulator({BaseUrl})";

    private static string UpstreamKey(OaiEmulatorOptions options) =>
        options.UpstreamApiKey ?? Environment.GetEnvironmentVariable("OPENAI_API_KEY") ?? string.Empty;

    private static void Validate(OaiEmulatorOptions options)
    {
        if (options.Port is < 0 or > 65535)
        {
            throw new ArgumentException($"OaiEmulatorOptions.Port must be 0 to 65535, got {options.Port}.", nameof(options));
        }

        if (options.FineTuningStep <= TimeSpan.Zero || options.FineTuningSteps < 1)
        {
            throw new ArgumentException("OaiEmulatorOptions.FineTuningStep must be positive and FineTuningSteps at least 1.", nameof(options));
        }

        if (options.Upstream is not null && options.ReplayPath is not null)
        {
            throw new ArgumentException("OaiEmulatorOptions.Upstream (proxy mode) and ReplayPath (replay mode) are alternatives: give one.", nameof(options));
        }

        if (options.RecordPath is not null && options.Upstream is null)
        {
            throw new ArgumentException("OaiEmulatorOptions.RecordPath records what proxy mode forwards: set Upstream too.", nameof(options));
        }

        if (options.Upstream is not null && string.IsNullOrEmpty(UpstreamKey(options)))
        {
            throw new ArgumentException("Proxy mode needs a key for the upstream: set OaiEmulatorOptions.UpstreamApiKey or OPENAI_API_KEY.", nameof(options));
        }

        if (options.ReplayPath is { } replay && !System.IO.File.Exists(replay))
        {
            throw new ArgumentException($"OaiEmulatorOptions.ReplayPath: no file at {replay}.", nameof(options));
        }

        if (options.RequestsPerMinute is < 1 || options.TokensPerMinute is < 1)
        {
            throw new ArgumentException("OaiEmulatorOptions.RequestsPerMinute and TokensPerMinute must be at least 1 when set.", nameof(options));
        }

        if (options.RequestLogLimit < 0)
        {
            throw new ArgumentException($"OaiEmulatorOptions.RequestLogLimit cannot be negative, got {options.RequestLogLimit}.", nameof(options));
        }

        if (options.FirstChunkDelay < TimeSpan.Zero || options.ChunkDelay < TimeSpan.Zero)
        {
            throw new ArgumentException("OaiEmulatorOptions.FirstChunkDelay and ChunkDelay cannot be negative.", nameof(options));
        }
    }
}
