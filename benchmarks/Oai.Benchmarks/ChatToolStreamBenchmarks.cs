using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Oai.Benchmarks.Support;

namespace Oai.Benchmarks;

/// <summary>A streamed chat of 1,000 tool-call argument fragments (plus role, finish and usage chunks), read to `[DONE]`;
/// figures are per chunk. "Accumulated" folds every chunk into a whole completion as it arrives.</summary>
[MemoryDiagnoser]
public class ChatToolStreamBenchmarks
{
    private const int Chunks = Canned.StreamChunks;
    private Clients _memory = null!;

    [GlobalSetup]
    public void Setup()
    {
        _memory = new Clients(() => new CannedHandler(Canned.ToolStream, "text/event-stream"), Clients.InMemory);
    }

    [GlobalCleanup]
    public void Cleanup() => _memory.Dispose();

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
}
