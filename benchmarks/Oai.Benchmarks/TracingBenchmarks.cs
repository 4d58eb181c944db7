using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Oai.Benchmarks.Support;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Oai.Benchmarks;

/// <summary>This library's whole chat call and content stream (1,000 chunks, figures per chunk) with nobody listening,
/// with the OpenTelemetry SDK sampling every span and recording every metric (no exporter), and with message content
/// captured into the span as well.</summary>
[MemoryDiagnoser]
public class TracingBenchmarks
{
    private Clients _call = null!;
    private Clients _stream = null!;
    private TracerProvider? _tracer;
    private MeterProvider? _meter;

    [GlobalSetup(Targets = [nameof(CallOff), nameof(StreamOff)])]
    public void SetupOff() => Setup(listen: false, capture: null);

    [GlobalSetup(Targets = [nameof(CallSampled), nameof(StreamSampled)])]
    public void SetupSampled() => Setup(listen: true, capture: null);

    [GlobalSetup(Targets = [nameof(CallContent), nameof(StreamContent)])]
    public void SetupContent() => Setup(listen: true, capture: ContentCaptureMode.SpanAttributes);

    [GlobalCleanup]
    public void Cleanup()
    {
        _call.Dispose();
        _stream.Dispose();
        _tracer?.Dispose();
        _meter?.Dispose();
        (_tracer, _meter) = (null, null);
    }

    [Benchmark(Baseline = true)]
    public Task<int> CallOff() => CallAsync();

    [Benchmark]
    public Task<int> CallSampled() => CallAsync();

    [Benchmark]
    public Task<int> CallContent() => CallAsync();

    [Benchmark(OperationsPerInvoke = Canned.StreamChunks)]
    public Task<int> StreamOff() => StreamReaders.OursAsync(_stream.Ours);

    [Benchmark(OperationsPerInvoke = Canned.StreamChunks)]
    public Task<int> StreamSampled() => StreamReaders.OursAsync(_stream.Ours);

    [Benchmark(OperationsPerInvoke = Canned.StreamChunks)]
    public Task<int> StreamContent() => StreamReaders.OursAsync(_stream.Ours);

    private async Task<int> CallAsync() => (await _call.Ours.Chat.Completions.CreateAsync(Requests.Ours)).Choices[0].Message.Content!.Length;

    private void Setup(bool listen, ContentCaptureMode? capture)
    {
        _call = new Clients(() => new CannedHandler(Canned.Completion, "application/json"), Clients.InMemory, capture);
        _stream = new Clients(() => new CannedHandler(Canned.ContentStream, "text/event-stream"), Clients.InMemory, capture);
        if (listen)
        {
            // The SDK's default sampler records every span; no exporter, so what is measured is the client's own work.
            _tracer = Sdk.CreateTracerProviderBuilder().AddSource("Oai.Client").SetSampler(new AlwaysOnSampler()).Build();
            _meter = Sdk.CreateMeterProviderBuilder().AddMeter("Oai.Client").Build();
        }
    }
}
