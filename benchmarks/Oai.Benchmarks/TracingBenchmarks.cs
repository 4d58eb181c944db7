using System.Collections.Generic;
using System.Diagnostics;
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

    [GlobalSetup(Targets = [nameof(CallSampled), nameof(StreamSampled), nameof(SpanFloor)])]
    public void SetupSampled() => Setup(listen: true, capture: null);

    [GlobalSetup(Targets = [nameof(CallUnderBareSpan)])]
    public void SetupBareSpan()
    {
        // The client's own source unheard: only the benchmark's bare span is sampled.
        Setup(listen: false, capture: null);
        _tracer = Sdk.CreateTracerProviderBuilder().AddSource("Oai.Benchmarks.SpanFloor").SetSampler(new AlwaysOnSampler()).Build();
    }

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

    /// <summary>The floor of any traced call: a bare span through the same SDK and sampler, with the whole call's
    /// start tags (the seven a sampler sees) and response tags (nine), every value allocated beforehand, then stopped.
    /// What a traced call costs beyond <see cref="CallOff"/> and this is the library's own tracing work.</summary>
    [Benchmark]
    public Task<int> SpanFloor()
    {
        using (var activity = s_floorSource.StartActivity("chat gpt-4o-mini", ActivityKind.Client, default(ActivityContext), s_floorStartTags))
        {
            if (activity is { IsAllDataRequested: true })
            {
                foreach (var tag in s_floorResponseTags)
                {
                    activity.SetTag(tag.Key, tag.Value);
                }
            }
        }

        return s_done;
    }

    /// <summary>The floor of a traced call as any instrumentation outside the client would make it: the untraced call
    /// run under a bare span (same SDK, sampler and tags as <see cref="SpanFloor"/>), current for the whole call, so
    /// every await in the call flows it as the client's own span is flowed.</summary>
    [Benchmark]
    public async Task<int> CallUnderBareSpan()
    {
        using var activity = s_floorSource.StartActivity("chat gpt-4o-mini", ActivityKind.Client, default(ActivityContext), s_floorStartTags);
        var length = await CallAsync();
        if (activity is { IsAllDataRequested: true })
        {
            foreach (var tag in s_floorResponseTags)
            {
                activity.SetTag(tag.Key, tag.Value);
            }
        }

        return length;
    }

    private static readonly ActivitySource s_floorSource = new("Oai.Benchmarks.SpanFloor");
    private static readonly Task<int> s_done = Task.FromResult(1);

    private static readonly KeyValuePair<string, object?>[] s_floorStartTags =
    [
        new("gen_ai.operation.name", "chat"), new("gen_ai.provider.name", "openai"), new("server.address", "api.openai.com"),
        new("server.port", 443), new("gen_ai.request.model", "gpt-4o-mini"), new("gen_ai.request.temperature", 0.2),
        new("openai.api.type", "chat_completions"),
    ];

    private static readonly KeyValuePair<string, object?>[] s_floorResponseTags =
    [
        new("gen_ai.response.id", "chatcmpl-CkVb9rQ1xYz2wE3rT4yU5iO6pA7sD"), new("gen_ai.response.model", "gpt-4o-mini-2024-07-18"),
        new("gen_ai.response.finish_reasons", new[] { "stop" }), new("gen_ai.usage.input_tokens", 11L),
        new("gen_ai.usage.output_tokens", 9L), new("gen_ai.usage.cache_read.input_tokens", 0L),
        new("gen_ai.usage.reasoning.output_tokens", 0L), new("openai.response.service_tier", "default"),
        new("openai.response.system_fingerprint", "fp_560af6e559"),
    ];

    private async Task<int> CallAsync() => (await _call.Ours.Chat.Completions.CreateAsync(Requests.Ours)).Choices[0].Message.Content!.Length;

    private void Setup(bool listen, ContentCaptureMode? capture)
    {
        _call = new Clients(() => new CannedHandler(Canned.Completion, "application/json"), Clients.InMemory, capture);
        _stream = new Clients(() => new CannedHandler(Canned.ContentStream, "text/event-stream"), Clients.InMemory, capture);
        if (listen)
        {
            // The SDK's default sampler records every span; no exporter, so what is measured is the client's own work.
            _tracer = Sdk.CreateTracerProviderBuilder().AddSource("Oai.Client", "Oai.Benchmarks.SpanFloor").SetSampler(new AlwaysOnSampler()).Build();
            _meter = Sdk.CreateMeterProviderBuilder().AddMeter("Oai.Client").Build();
        }
    }
}
