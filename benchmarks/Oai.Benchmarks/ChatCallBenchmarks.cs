using System.Net.Http;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Oai.Benchmarks.Support;

namespace Oai.Benchmarks;

/// <summary>A whole chat call (request serialised, response parsed into the implementation's types), over an in-memory
/// handler answering canned bytes, and over a real loopback socket (Kestrel).</summary>
[MemoryDiagnoser]
public class ChatCallBenchmarks
{
    private Clients _memory = null!;
    private Clients _loopback = null!;
    private CannedServer _server = null!;

    [GlobalSetup]
    public void Setup()
    {
        _memory = new Clients(() => new CannedHandler(Canned.Completion, "application/json"), Clients.InMemory);
        _server = CannedServer.Start(Canned.Completion, "application/json");
        _loopback = new Clients(() => new SocketsHttpHandler(), _server.BaseUrl);
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        _memory.Dispose();
        _loopback.Dispose();
        await _server.DisposeAsync();
    }

    [Benchmark(Baseline = true)]
    public async Task<int> Floor() => (await _memory.Floor.ChatAsync(Requests.Floor)).Choices[0].Message.Content!.Length;

    [Benchmark]
    public async Task<int> Ours() => (await _memory.Ours.Chat.Completions.CreateAsync(Requests.Ours)).Choices[0].Message.Content!.Length;

    [Benchmark]
    public async Task<int> Official() => (await _memory.OfficialChat.CompleteChatAsync(Requests.OfficialMessages, Requests.OfficialOptions)).Value.Content[0].Text.Length;

    [Benchmark]
    public async Task<int> FloorLoopback() => (await _loopback.Floor.ChatAsync(Requests.Floor)).Choices[0].Message.Content!.Length;

    [Benchmark]
    public async Task<int> OursLoopback() => (await _loopback.Ours.Chat.Completions.CreateAsync(Requests.Ours)).Choices[0].Message.Content!.Length;

    [Benchmark]
    public async Task<int> OfficialLoopback() => (await _loopback.OfficialChat.CompleteChatAsync(Requests.OfficialMessages, Requests.OfficialOptions)).Value.Content[0].Text.Length;
}
