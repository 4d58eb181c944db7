using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text.Json;
using System.Threading.Tasks;

namespace Oai.IntegrationTests.Servers;

/// <summary>The Steady OpenAPI mock server (the one OpenAI's own SDKs test against) over <c>../shared/openapi/openapi.yaml</c>,
/// started once for the contract tests on a free loopback port and stopped (process tree and all) when they end.</summary>
/// <remarks>
/// Steady validates every request against the schema and answers <c>X-Steady-Request-Valid: true</c>, or 400 with its
/// diagnostics for a request that breaks it. It is installed by <c>bash scripts/test.sh</c> into <c>.tools/steady</c>;
/// when it cannot start, <see cref="BaseUrl"/> throws with the reason, so every contract test fails saying why.
/// </remarks>
public sealed class SteadyServer : IAsyncLifetime
{
    public const string Version = "0.22.1";

    private const string InstallCommand = "npm install --prefix .tools/steady @stdy/cli@" + Version + " --no-audit --no-fund";

    private readonly ConcurrentQueue<string> _output = new();
    private Process? _process;
    private Uri? _baseUrl;
    private string? _startupError;

    /// <summary>Gets the server's base URL (Steady serves the spec's paths at the root, without <c>/v1</c>).</summary>
    /// <exception cref="InvalidOperationException">Steady is not installed or did not start; the message says why.</exception>
    public Uri BaseUrl => _baseUrl ?? throw new InvalidOperationException(_startupError ?? "Steady has not been started.");

    /// <summary>Gets the command line the server was started with, for reports.</summary>
    public string CommandLine { get; private set; } = string.Empty;

    /// <summary>The flags OpenAI's SDKs start Steady with: query and form arrays and objects in brackets style.</summary>
    public static IReadOnlyList<string> Flags(int port) =>
    [
        "--host", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "--validator-query-array-format=brackets", "--validator-form-array-format=brackets",
        "--validator-query-object-format=brackets", "--validator-form-object-format=brackets",
    ];

    public async Task InitializeAsync()
    {
        try
        {
            await StartAsync();
        }
        catch (Exception ex) when (ex is InvalidOperationException or Win32Exception or IOException or TimeoutException)
        {
            _startupError = $"The Steady contract tests need Steady {Version}: {ex.Message}";
        }
    }

    public async Task DisposeAsync()
    {
        if (_process is { } process)
        {
            if (!process.HasExited)
            {
                // steady.js is a node wrapper that spawns the real binary: stop both.
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }

            process.Dispose();
        }
    }

    private async Task StartAsync()
    {
        var root = RepositoryRoot();
        var cli = Path.Combine(root, ".tools", "steady", "node_modules", "@stdy", "cli");
        var packageJson = Path.Combine(cli, "package.json");
        if (!File.Exists(packageJson))
        {
            throw new InvalidOperationException(
                $"it is not installed ({packageJson} is missing). Run `bash scripts/test.sh`, which installs it with `{InstallCommand}` (needs Node.js and npm).");
        }

        using (var package = JsonDocument.Parse(await File.ReadAllTextAsync(packageJson)))
        {
            var installed = package.RootElement.GetProperty("version").GetString();
            if (installed != Version)
            {
                throw new InvalidOperationException($"version {installed} is installed in .tools/steady. Reinstall with `{InstallCommand}`.");
            }
        }

        var spec = Path.GetFullPath(Path.Combine(root, "..", "shared", "openapi", "openapi.yaml"));
        if (!File.Exists(spec))
        {
            throw new InvalidOperationException($"the OpenAPI description {spec} (../shared/openapi/openapi.yaml from the repository root) is missing.");
        }

        // A free port can be taken between probing and binding: try a few.
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            if (await TryStartAsync(Path.Combine(cli, "steady.js"), spec, port))
            {
                _baseUrl = new Uri($"http://127.0.0.1:{port}/");
                return;
            }

            if (attempt == 3)
            {
                throw new InvalidOperationException($"it did not start: `{CommandLine}` printed:{Environment.NewLine}{string.Join(Environment.NewLine, _output)}");
            }
        }
    }

    private async Task<bool> TryStartAsync(string steadyJs, string spec, int port)
    {
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(steadyJs);
        foreach (var flag in Flags(port))
        {
            start.ArgumentList.Add(flag);
        }

        start.ArgumentList.Add(spec);
        start.Environment["NO_COLOR"] = "1";
        CommandLine = $"node {string.Join(' ', start.ArgumentList)}";

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException($"node could not be started ({ex.Message}); install Node.js and put it on PATH.", ex);
        }

        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (process.HasExited)
            {
                process.Dispose();
                _process = null;
                return false;
            }

            try
            {
                using var health = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/_x-steady/health"));
                if (health.StatusCode == HttpStatusCode.OK)
                {
                    return true;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        await DisposeAsync();
        throw new TimeoutException($"`{CommandLine}` did not answer GET /_x-steady/health within 60 s.");
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > 200 && _output.TryDequeue(out _))
        {
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OaiClient.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no OaiClient.sln above {AppContext.BaseDirectory} to find the repository root from.");
    }
}
