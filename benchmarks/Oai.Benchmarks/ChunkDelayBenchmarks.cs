using System;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Oai.Benchmarks.Support;

namespace Oai.Benchmarks;

/// <summary>The delay between a chunk's bytes arriving from the transport and the caller's <c>await foreach</c>
/// seeing it: the transport hands over one event, waits until the caller's loop has it, then hands over the next
/// (lockstep); figures are per chunk, so the time is one chunk's arrival-to-caller delay.</summary>
[MemoryDiagnoser]
public class ChunkDelayBenchmarks
{
    private const int Chunks = 200;
    private static readonly byte[][] s_events = BuildEvents();
    private readonly LockstepHandler _handler = new();
    private Clients _clients = null!;

    [GlobalSetup]
    public void Setup() => _clients = new Clients(() => _handler, Clients.InMemory);

    [GlobalCleanup]
    public void Cleanup() => _clients.Dispose();

    [Benchmark(Baseline = true, OperationsPerInvoke = Chunks)]
    public Task Floor() => RunAsync(async feed =>
    {
        await foreach (var _ in _clients.Floor.StreamAsync(Requests.Floor))
        {
            feed.Seen();
        }
    });

    [Benchmark(OperationsPerInvoke = Chunks)]
    public Task Ours() => RunAsync(async feed =>
    {
        await foreach (var _ in _clients.Ours.Chat.Completions.CreateStreamAsync(Requests.Ours))
        {
            feed.Seen();
        }
    });

    [Benchmark(OperationsPerInvoke = Chunks)]
    public Task Official() => RunAsync(async feed =>
    {
        await foreach (var _ in _clients.OfficialChat.CompleteChatStreamingAsync(Requests.OfficialMessages, Requests.OfficialOptions))
        {
            feed.Seen();
        }
    });

    private async Task RunAsync(Func<LockstepHandler.FeedStream, Task> consume)
    {
        var feed = _handler.Next();
        var consumer = Task.Run(() => consume(feed));
        foreach (var bytes in s_events)
        {
            feed.Write(bytes);
            await feed.WaitSeenAsync().ConfigureAwait(false);
        }

        feed.Write("data: [DONE]\n\n"u8.ToArray());
        feed.End();
        await consumer.ConfigureAwait(false);
    }

    private static byte[][] BuildEvents()
    {
        var events = new byte[Chunks][];
        for (var i = 0; i < Chunks; i++)
        {
            events[i] = Canned.Chunk("chatcmpl-CkVb9rQ1xYz2wE3rT4yU5iO6pA7sD", i, $$"""{"content":" word{{i}}"}""");
        }

        return events;
    }
}
