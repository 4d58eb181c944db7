using System;
using System.Threading.Tasks;
using Oai.Batches;
using Oai.Chat;
using Oai.Emulator;

namespace Oai.IntegrationTests.Emulator;

/// <summary>An in-memory emulator and a client (no retries) sharing one <see cref="PollClock"/>, for batch runs and waits.</summary>
internal sealed class BatchRig : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 4, 1, 10, 0, 0, TimeSpan.Zero);

    /// <summary>What the emulator answers to the line "bad" of <see cref="WriteFourAsync"/>.</summary>
    public const string EmptyMessages = "Invalid 'messages': empty array. Expected an array with minimum length 1, but got an empty array instead.";

    private BatchRig(PollClock clock, OaiEmulator emulator, OaiClient client)
    {
        Clock = clock;
        Emulator = emulator;
        Client = client;
    }

    public PollClock Clock { get; }

    public OaiEmulator Emulator { get; }

    public OaiClient Client { get; }

    /// <summary>Starts the emulator with one batch phase per <paramref name="step"/> (default 1 s) and the client polling every <paramref name="pollInterval"/>.</summary>
    public static async Task<BatchRig> StartAsync(TimeSpan pollInterval, TimeSpan? step = null)
    {
        var clock = new PollClock(Start, pollInterval);
        var emulator = await OaiEmulator.StartAsync(new OaiEmulatorOptions { InMemory = true, TimeProvider = clock, BatchStep = step ?? TimeSpan.FromSeconds(1) });
        var client = emulator.CreateClient(options =>
        {
            options.MaxRetries = 0;
            options.TimeProvider = clock;
        });
        return new BatchRig(clock, emulator, client);
    }

    /// <summary>Writes a, b, a line the endpoint rejects (empty messages) as "bad", then c.</summary>
    public static async Task WriteFourAsync(BatchInputWriter writer)
    {
        await writer.WriteAsync("a", Ask("question a"));
        await writer.WriteAsync("b", Ask("question b"));
        await writer.WriteAsync("bad", Ask(string.Empty));
        await writer.WriteAsync("c", Ask("question c"));
    }

    public static string Counts(Batch batch) => $"{batch.Status} {batch.RequestCounts.Completed}/{batch.RequestCounts.Failed}/{batch.RequestCounts.Total}";

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Emulator.DisposeAsync();
    }

    private static ChatCompletionRequest Ask(string text) => new() { Model = "gpt-4o-mini", Messages = text.Length == 0 ? [] : [ChatMessage.User(text)] };
}
