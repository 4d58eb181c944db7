using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Oai.Chat;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Oai.Benchmarks;

/// <summary>What a call costs in the client's own pipeline (no network: an in-memory transport answers), with nobody
/// listening to its telemetry and with the OpenTelemetry SDK recording every span and metric.</summary>
[MemoryDiagnoser]
public class PipelineOverheadBenchmarks
{
    private const string Completion = """{"id":"chatcmpl-1","object":"chat.completion","created":1770950813,"model":"gpt-4o-mini-2024-07-18","choices":[{"index":0,"message":{"role":"assistant","content":"Hello! How can I assist you today?","refusal":null,"annotations":[]},"logprobs":null,"finish_reason":"stop"}],"usage":{"prompt_tokens":11,"completion_tokens":9,"total_tokens":20,"prompt_tokens_details":{"cached_tokens":0,"audio_tokens":0},"completion_tokens_details":{"reasoning_tokens":0,"audio_tokens":0,"accepted_prediction_tokens":0,"rejected_prediction_tokens":0}},"service_tier":"default","system_fingerprint":"fp_1"}""";

    private static readonly byte[] s_completion = Encoding.UTF8.GetBytes(Completion);
    private static readonly byte[] s_stream = BuildStream();

    private readonly ChatCompletionRequest _request = new()
    {
        Model = "gpt-4o-mini",
        Messages = [ChatMessage.User("Say hello")],
        Temperature = 0.2,
    };

    private OaiClient _client = null!;
    private TracerProvider? _tracer;
    private MeterProvider? _meter;

    [GlobalSetup(Targets = [nameof(Create), nameof(Stream)])]
    public void SetupQuiet() => _client = NewClient();

    [GlobalSetup(Targets = [nameof(CreateTraced), nameof(StreamTraced)])]
    public void SetupTraced()
    {
        _client = NewClient();
        _tracer = Sdk.CreateTracerProviderBuilder().AddSource("Oai.Client").Build();
        _meter = Sdk.CreateMeterProviderBuilder().AddMeter("Oai.Client").Build();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _tracer?.Dispose();
        _meter?.Dispose();
    }

    [Benchmark(Baseline = true, Description = "create, nobody listening")]
    public Task Create() => _client.Chat.Completions.CreateAsync(_request);

    [Benchmark(Description = "create, traced + metrics")]
    public Task CreateTraced() => _client.Chat.Completions.CreateAsync(_request);

    [Benchmark(Description = "stream 20 chunks, nobody listening")]
    public Task<int> Stream() => ReadStream();

    [Benchmark(Description = "stream 20 chunks, traced + metrics")]
    public Task<int> StreamTraced() => ReadStream();

    private async Task<int> ReadStream()
    {
        var count = 0;
        await foreach (var _ in _client.Chat.Completions.CreateStreamAsync(_request))
        {
            count++;
        }

        return count;
    }

    private static OaiClient NewClient() => new(new OaiClientOptions
    {
        ApiKey = "sk-benchmark-000000000000000000",
        BaseUrl = new Uri("https://api.bench.local/v1/"),
        Transport = new CannedHandler(),
    });

    private static byte[] BuildStream()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 20; i++)
        {
            var finish = i == 19 ? "\"stop\"" : "null";
            text.Append(
                $$"""data: {"id":"chatcmpl-1","object":"chat.completion.chunk","created":1770950813,"model":"gpt-4o-mini-2024-07-18","system_fingerprint":"fp_1","choices":[{"index":0,"delta":{"content":"word{{i}} "},"logprobs":null,"finish_reason":{{finish}}}]}""");
            text.Append("\n\n");
        }

        text.Append("data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1770950813,\"model\":\"gpt-4o-mini-2024-07-18\",\"choices\":[],\"usage\":{\"prompt_tokens\":11,\"completion_tokens\":20,\"total_tokens\":31}}\n\ndata: [DONE]\n\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>Answers every request from memory: JSON for a whole call, SSE for a stream.</summary>
    private sealed class CannedHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var stream = request.Headers.Accept.ToString().Contains("event-stream", StringComparison.Ordinal);
            var content = new ByteArrayContent(stream ? s_stream : s_completion);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(stream ? "text/event-stream" : "application/json");
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content });
        }
    }
}
