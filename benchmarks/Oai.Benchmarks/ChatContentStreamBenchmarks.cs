using System.Net.Http;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Oai.Benchmarks.Support;

namespace Oai.Benchmarks;

/// <summary>A streamed chat of 1,000 content chunks (plus role, finish and usage chunks), read to `[DONE]`;
/// figures are per chunk. "Accumulated" folds every chunk into a whole completion as it arrives.</summary>
[MemoryDiagnoser]
public class ChatContentStreamBenchmarks
{
    private const int Chunks = Canned.StreamChunks;
    private Clients _memory = null!;
    private Clients _loopback = null!;
    private CannedServer _server = null!;

    [GlobalSetup]
    public void Setup()
    {
        _memory = new Clients(() => new CannedHandler(Canned.ContentStream, "text/event-stream"), Clients.InMemory);
        _server = CannedServer.Start(Canned.ContentStream, "text/event-stream");
        _loopback = new Clients(() => new SocketsHttpHandler(), _server.BaseUrl);
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        _memory.Dispose();
        _loopback.Dispose();
        await _server.DisposeAsync();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Chunks)]
    public Task<int> Floor() => StreamReaders.FloorAsync(_memory.Floor);

    [Benchmark(OperationsPerInvoke = Chunks)]
    public Task<int> Ours() => StreamReaders.OursAsync(_memory.Ours);

    [Benchmark(OperationsPerInvoke = Chunks)]
    public Task<int> Official() => StreamReaders.OfficialAsync(_memory.OfficialChat);

    [Benchmark(OperationsPerInvoke = Chunks)]
    public Task<int> FloorAccumulated() => StreamReaders.FloorAccumulatedAsync(_memory.Floor);

    [Benchmark(OperationsPerInvoke = Chunks)]
    public Task<int> OursAccumulated() => StreamReaders.OursAccumulatedAsync(_memory.Ours);

    [Benchmark(OperationsPerInvoke = Chunks)]
    public Task<int> FloorLoopback() => StreamReaders.FloorAsync(_loopback.Floor);

    [Benchmark(OperationsPerInvoke = Chunks)]
    public Task<int> OursLoopback() => StreamReaders.OursAsync(_loopback.Ours);

    [Benchmark(OperationsPerInvoke = Chunks)]
    public Task<int> OfficialLoopback() => StreamReaders.OfficialAsync(_loopback.OfficialChat);
}
