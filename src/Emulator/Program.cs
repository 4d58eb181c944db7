using System;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;

namespace Oai.Emulator;

/// <summary>The standalone program: <c>dotnet run --project src/Emulator -- --port 8080</c> serves the emulator on a
/// loopback port, prints its base URL and runs until Ctrl+C.</summary>
internal static class Program
{
    private const string Usage = """
        OaiEmulator: a local OpenAI API.
        usage: dotnet run --project src/Emulator -- [options]
          --port N                  loopback port (default 0: a free one)
          --first-chunk-delay-ms N  wait before the first chunk of every stream
          --chunk-delay-ms N        wait between the chunks of every stream
          --fine-tuning-step-ms N   time one fine-tuning step takes (default 1000)
          --rpm N                   requests-per-minute budget (429 beyond it)
          --tpm N                   tokens-per-minute budget (429 beyond it)
          --upstream URL            proxy every request to URL (key: OPENAI_API_KEY)
          --record FILE             with --upstream: record the exchanges to FILE, secrets removed
          --replay FILE             answer from a recorded FILE
        """;

    private static async Task<int> Main(string[] args)
    {
        OaiEmulatorOptions? options;
        try
        {
            options = Parse(args);
        }
        catch (FormatException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message + Environment.NewLine + Usage).ConfigureAwait(false);
            return 2;
        }

        if (options is null)
        {
            Console.WriteLine(Usage);
            return 0;
        }

        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        AppDomain.CurrentDomain.ProcessExit += (_, _) => stop.Cancel();

        var emulator = await OaiEmulator.StartAsync(options).ConfigureAwait(false);
        await using var stopEmulator = emulator.ConfigureAwait(false);
        Console.WriteLine($"OaiEmulator listening on {emulator.BaseUrl}");
        Console.WriteLine("Point any OpenAI SDK at that base URL with any API key; Ctrl+C stops.");
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        return 0;
    }

    /// <summary>Reads the command line; null means help was asked for.</summary>
    internal static OaiEmulatorOptions? Parse(string[] args)
    {
        // Nothing reads the request log of a standalone emulator: keeping none bounds a long run's memory.
        var options = new OaiEmulatorOptions { RequestLogLimit = 0 };
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (name is "-h" or "--help")
            {
                return null;
            }

            if (i + 1 >= args.Length)
            {
                throw new FormatException($"{name} needs a value.");
            }

            var value = args[++i];
            switch (name)
            {
                case "--port":
                    options.Port = Number(name, value);
                    break;
                case "--first-chunk-delay-ms":
                    options.FirstChunkDelay = TimeSpan.FromMilliseconds(Number(name, value));
                    break;
                case "--chunk-delay-ms":
                    options.ChunkDelay = TimeSpan.FromMilliseconds(Number(name, value));
                    break;
                case "--fine-tuning-step-ms":
                    options.FineTuningStep = TimeSpan.FromMilliseconds(Number(name, value));
                    break;
                case "--rpm":
                    options.RequestsPerMinute = Number(name, value);
                    break;
                case "--tpm":
                    options.TokensPerMinute = Number(name, value);
                    break;
                case "--upstream":
                    options.Upstream = Uri.TryCreate(value, UriKind.Absolute, out var upstream) ? upstream : throw new FormatException($"--upstream needs an absolute URL, got '{value}'.");
                    break;
                case "--record":
                    options.RecordPath = value;
                    break;
                case "--replay":
                    options.ReplayPath = value;
                    break;
                default:
                    throw new FormatException($"Unknown option {name}.");
            }
        }

        return options;
    }

    private static int Number(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new FormatException($"{name} needs a whole number, got '{value}'.");
}
