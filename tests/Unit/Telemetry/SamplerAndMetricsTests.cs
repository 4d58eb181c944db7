using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Oai.Chat;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Oai.UnitTests.Telemetry;

[Collection("Telemetry")]
public sealed class SamplerAndMetricsTests
{
    private sealed class RecordingSampler : Sampler
    {
        public List<Dictionary<string, object?>> Seen { get; } = [];

        public override SamplingResult ShouldSample(in SamplingParameters samplingParameters)
        {
            var tags = (samplingParameters.Tags ?? []).ToDictionary(t => t.Key, t => t.Value);
            if (tags.TryGetValue("gen_ai.request.model", out var model) && Equals(model, "sampler-model"))
            {
                Seen.Add(tags);
            }

            return new SamplingResult(SamplingDecision.RecordAndSample);
        }
    }

    [Fact]
    public async Task A_sampler_sees_operation_provider_model_server_and_request_attributes()
    {
        var sampler = new RecordingSampler();
        using var capture = new TelemetryCapture(sampler);
        using var client = ChatSpanTests.Replay("application/json", ChatSpanTests.RecordedBody("ChatTests", "HelloWorldChat.json"));

        await client.Chat.Completions.CreateAsync(new ChatCompletionRequest { Model = "sampler-model", Messages = [ChatMessage.User("hi")], Temperature = 0.5 });

        var tags = Assert.Single(sampler.Seen);
        Assert.Equal("chat", tags["gen_ai.operation.name"]);
        Assert.Equal("openai", tags["gen_ai.provider.name"]);
        Assert.Equal("sampler-model", tags["gen_ai.request.model"]);
        Assert.Equal("api.test.local", tags["server.address"]);
        Assert.Equal(443, tags["server.port"]);
        Assert.Equal(0.5, tags["gen_ai.request.temperature"]);
    }

    [Fact]
    public async Task Duration_and_token_usage_carry_the_listed_attributes_and_advisory_buckets()
    {
        using var capture = new TelemetryCapture();
        using var client = ChatSpanTests.Replay("application/json", ChatSpanTests.RecordedBody("ChatTests", "HelloWorldChat.json"));

        await client.Chat.Completions.CreateAsync(new ChatCompletionRequest { Model = "metrics-ok", Messages = [ChatMessage.User("hi")] });

        var duration = Assert.Single(capture.Points("gen_ai.client.operation.duration", "metrics-ok"));
        Assert.Equal(1, duration.GetHistogramCount());
        var tags = TelemetryCapture.Tags(duration);
        Assert.Equal(
            new Dictionary<string, object?>
            {
                ["gen_ai.operation.name"] = "chat",
                ["gen_ai.provider.name"] = "openai",
                ["gen_ai.request.model"] = "metrics-ok",
                ["gen_ai.response.model"] = "gpt-4o-mini-2024-07-18",
                ["server.address"] = "api.test.local",
                ["server.port"] = 443,
                ["openai.response.service_tier"] = "default",
            },
            tags);
        Assert.Equal(
            [0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92],
            Bounds(duration));
        Assert.Equal("s", capture.Instrument("gen_ai.client.operation.duration").Unit);

        var tokens = capture.Points("gen_ai.client.token.usage", "metrics-ok");
        Assert.Equal(2, tokens.Count);
        var byType = tokens.ToDictionary(p => (string)TelemetryCapture.Tags(p)["gen_ai.token.type"]!, p => p.GetHistogramSum());
        Assert.Equal(11, byType["input"]);
        Assert.Equal(9, byType["output"]);
        Assert.Equal(
            [1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216, 67108864],
            Bounds(tokens[0]));
        Assert.Equal("{token}", capture.Instrument("gen_ai.client.token.usage").Unit);
        Assert.Empty(capture.Points("gen_ai.client.operation.time_to_first_chunk", "metrics-ok"));
    }

    [Fact]
    public async Task A_failure_adds_error_type_to_the_duration_and_records_no_tokens()
    {
        using var capture = new TelemetryCapture();
        using var client = ChatSpanTests.Replay(
            "application/json",
            """{"error":{"message":"slow down","type":"requests","param":null,"code":"rate_limit_exceeded"}}""",
            HttpStatusCode.TooManyRequests,
            o => o.MaxRetries = 0);

        await Assert.ThrowsAsync<OaiRateLimitException>(() => client.Chat.Completions.CreateAsync(new ChatCompletionRequest { Model = "metrics-fail", Messages = [ChatMessage.User("hi")] }));

        var duration = Assert.Single(capture.Points("gen_ai.client.operation.duration", "metrics-fail"));
        Assert.Equal("429", TelemetryCapture.Tags(duration)["error.type"]);
        Assert.Empty(capture.Points("gen_ai.client.token.usage", "metrics-fail"));
    }

    [Fact]
    public async Task The_api_key_appears_nowhere_even_with_content_capture_on()
    {
        using var capture = new TelemetryCapture();
        using var client = ChatSpanTests.Replay(
            "application/json",
            ChatSpanTests.RecordedBody("ChatTests", "HelloWorldChat.json"),
            configure: o => o.ContentCapture = ContentCaptureMode.SpanAndEvent);

        await client.Chat.Completions.CreateAsync(new ChatCompletionRequest { Model = "key-sweep", Messages = [ChatMessage.User("hi")] });

        var span = capture.Span("key-sweep");
        var everything = string.Join("|", span.TagObjects.Select(t => $"{t.Key}={Render(t.Value)}"))
            + string.Join("|", span.Events.SelectMany(e => e.Tags).Select(t => $"{t.Key}={Render(t.Value)}"))
            + span.DisplayName + span.StatusDescription;
        Assert.DoesNotContain(Pipeline.TestClients.ApiKey, everything, StringComparison.Ordinal);
        Assert.DoesNotContain("Bearer", everything, StringComparison.Ordinal);
        Assert.DoesNotContain(Pipeline.TestClients.ApiKey, client.ToString(), StringComparison.Ordinal);
    }

    private static string Render(object? value) => value is string[] array ? string.Join(",", array) : value?.ToString() ?? "";

    private static double[] Bounds(MetricPoint point)
    {
        var bounds = new List<double>();
        foreach (var bucket in point.GetHistogramBuckets())
        {
            if (!double.IsPositiveInfinity(bucket.ExplicitBound))
            {
                bounds.Add(bucket.ExplicitBound);
            }
        }

        return [.. bounds];
    }
}
