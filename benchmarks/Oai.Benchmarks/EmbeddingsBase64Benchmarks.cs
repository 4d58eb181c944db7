using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Oai.Benchmarks.Support;
using Oai.Embeddings;
using OpenAI.Embeddings;

namespace Oai.Benchmarks;

/// <summary>One embeddings call answered with 2,048 vectors of 3,072 dimensions as base64 (what every client asks for by default), parsed into
/// float vectors by each implementation.</summary>
[MemoryDiagnoser]
public class EmbeddingsBase64Benchmarks
{
    private static readonly string[] s_input = ["benchmark"];
    private static readonly EmbeddingGenerationOptions s_officialOptions = new() { Dimensions = Canned.EmbeddingDimensions };
    private Clients _clients = null!;

    [GlobalSetup]
    public void Setup()
    {
        var body = Canned.Base64Embeddings;
        _clients = new Clients(() => new CannedHandler(body, "application/json"), Clients.InMemory);
    }

    [GlobalCleanup]
    public void Cleanup() => _clients.Dispose();

    [Benchmark(Baseline = true)]
    public async Task<float> Floor() => (await _clients.Floor.EmbeddingsAsync(new FloorEmbeddingRequest("text-embedding-3-large", s_input, "base64")))[^1][^1];

    [Benchmark]
    public async Task<float> Ours() => (await _clients.Ours.Embeddings.CreateAsync(new EmbeddingRequest
    {
        Model = "text-embedding-3-large",
        Input = s_input,
        Dimensions = Canned.EmbeddingDimensions,
    })).Data[^1].Vector.Span[^1];

    [Benchmark]
    public async Task<float> Official() => (await _clients.OfficialEmbeddings.GenerateEmbeddingsAsync(s_input, s_officialOptions)).Value[^1].ToFloats().Span[^1];
}
