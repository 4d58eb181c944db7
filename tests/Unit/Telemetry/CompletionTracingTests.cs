using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using Oai.Completions;
using Oai.UnitTests.Completions;
using Oai.UnitTests.Pipeline;
using Oai.UnitTests.TestSupport;
using RichardSzalay.MockHttp;

namespace Oai.UnitTests.Telemetry;

/// <summary>text_completion spans and metrics, whole and streamed, through the real OpenTelemetry SDK.</summary>
[Collection("Telemetry")]
public sealed class CompletionTracingTests
{
    private static OaiClient Client(MockHttpMessageHandler mock, bool capture = false) =>
        TestClients.Create(mock, options => options.ContentCapture = capture ? ContentCaptureMode.SpanAttributes : ContentCaptureMode.None);

    private static Dictionary<string, object?> Common(string model) => new()
    {
        ["gen_ai.operation.name"] = "text_completion",
        ["gen_ai.provider.name"] = "openai",
        ["gen_ai.request.model"] = model,
        ["server.address"] = "api.test.local",
        ["server.port"] = 443,
    };

    private static async Task StreamFixtureAsync(CompletionRequest request, bool capture = false, bool breakAfterFirst = false)
    {
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(_ => Recorder.Sse(Fixtures.Read("legacy-completion-stream.sse")));
        using var client = Client(mock, capture);
        await foreach (var _ in client.Completions.CreateStreamAsync(request))
        {
            if (breakAfterFirst)
            {
                break;
            }
        }
    }

    [Fact]
    public async Task A_completion_has_request_and_response_attributes_and_metrics()
    {
        using var otel = new TelemetryCapture(model: "tc-whole-" + Guid.NewGuid().ToString("N"));
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond("application/json", CompletionsClientTests.CompletionJson);
        using var client = Client(mock);

        await client.Completions.CreateAsync(new CompletionRequest
        {
            Model = otel.Model,
            Prompt = "Say this is a test",
            MaxTokens = 7,
            Temperature = 0.5,
            TopP = 0.75,
            FrequencyPenalty = 0.25,
            PresencePenalty = -0.5,
            Seed = 42,
            Stop = ["\n", "END"],
            N = 1,
        });

        var span = Assert.Single(otel.Spans());
        Assert.Equal($"text_completion {otel.Model}", span.DisplayName);
        Assert.Equal(ActivityKind.Client, span.Kind);
        Assert.Equal(ActivityStatusCode.Unset, span.Status);
        var expected = Common(otel.Model);
        expected["gen_ai.request.max_tokens"] = 7;
        expected["gen_ai.request.temperature"] = 0.5;
        expected["gen_ai.request.top_p"] = 0.75;
        expected["gen_ai.request.frequency_penalty"] = 0.25;
        expected["gen_ai.request.presence_penalty"] = -0.5;
        expected["gen_ai.request.seed"] = 42L;
        expected["gen_ai.request.stop_sequences"] = new[] { "\n", "END" };
        expected["gen_ai.response.id"] = "cmpl-uqkvlQyYK7bGYrRHQ0eXlWi7";
        expected["gen_ai.response.model"] = "gpt-3.5-turbo-instruct";
        expected["gen_ai.response.finish_reasons"] = new[] { "length" };
        expected["gen_ai.usage.input_tokens"] = 5L;
        expected["gen_ai.usage.output_tokens"] = 7L;
        expected["openai.response.system_fingerprint"] = "fp_44709d6fcb";
        TelemetryCapture.AssertTags(expected, span);

        var duration = Assert.Single(otel.Points("gen_ai.client.operation.duration"));
        Assert.Equal(1, duration.GetHistogramCount());
        Assert.Equal("text_completion", TelemetryCapture.Tags(duration)["gen_ai.operation.name"]);
        Assert.Equal("gpt-3.5-turbo-instruct", TelemetryCapture.Tags(duration)["gen_ai.response.model"]);
        var tokens = otel.Points("gen_ai.client.token.usage");
        Assert.Equal(5, tokens.Single(p => Equals(TelemetryCapture.Tags(p)["gen_ai.token.type"], "input")).GetHistogramSum());
        Assert.Equal(7, tokens.Single(p => Equals(TelemetryCapture.Tags(p)["gen_ai.token.type"], "output")).GetHistogramSum());
        Assert.Empty(otel.Points("gen_ai.client.operation.time_to_first_chunk"));
    }

    [Fact]
    public async Task A_streamed_completion_folds_every_choice_usage_and_chunk_timings()
    {
        using var otel = new TelemetryCapture(model: "tc-stream-" + Guid.NewGuid().ToString("N"));
        await StreamFixtureAsync(new CompletionRequest { Model = otel.Model, Prompt = "Say hello", N = 2 });

        var span = Assert.Single(otel.Spans());
        var expected = Common(otel.Model);
        expected["gen_ai.request.stream"] = true;
        expected["gen_ai.request.choice.count"] = 2;
        expected["gen_ai.response.id"] = "cmpl-legacy1";
        expected["gen_ai.response.model"] = "gpt-3.5-turbo-instruct:20230824-v2";
        expected["gen_ai.response.finish_reasons"] = new[] { "stop", "length" };
        expected["gen_ai.usage.input_tokens"] = 5L;
        expected["gen_ai.usage.output_tokens"] = 5L;
        expected["gen_ai.response.time_to_first_chunk"] = 0.0;
        TelemetryCapture.AssertTags(expected, span);
        Assert.InRange((double)span.GetTagItem("gen_ai.response.time_to_first_chunk")!, 0, span.Duration.TotalSeconds);

        Assert.Equal(1, Assert.Single(otel.Points("gen_ai.client.operation.duration")).GetHistogramCount());
        Assert.Equal(1, Assert.Single(otel.Points("gen_ai.client.operation.time_to_first_chunk")).GetHistogramCount());
        Assert.Equal(5, Assert.Single(otel.Points("gen_ai.client.operation.time_per_output_chunk")).GetHistogramCount());
        Assert.Equal(2, otel.Points("gen_ai.client.token.usage").Count);
    }

    [Fact]
    public async Task Captured_content_is_the_prompt_as_one_user_message_and_each_choice_text()
    {
        using var otel = new TelemetryCapture(model: "tc-content-" + Guid.NewGuid().ToString("N"));
        await StreamFixtureAsync(new CompletionRequest { Model = otel.Model, Prompt = new[] { "Say hello", "Say hi" } }, capture: true);

        var span = Assert.Single(otel.Spans());
        Assert.Equal(
            """[{"role":"user","parts":[{"type":"text","content":"Say hello"},{"type":"text","content":"Say hi"}]}]""",
            span.GetTagItem("gen_ai.input.messages"));
        Assert.Equal(
            """[{"role":"assistant","parts":[{"type":"text","content":"Hello world!"}],"finish_reason":"stop"},{"role":"assistant","parts":[{"type":"text","content":"Hi there"}],"finish_reason":"length"}]""",
            span.GetTagItem("gen_ai.output.messages"));
    }

    [Fact]
    public async Task A_token_prompt_captures_no_input_content()
    {
        using var otel = new TelemetryCapture(model: "tc-tokens-" + Guid.NewGuid().ToString("N"));
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond("application/json", CompletionsClientTests.CompletionJson);
        using var client = Client(mock, capture: true);

        await client.Completions.CreateAsync(new CompletionRequest { Model = otel.Model, Prompt = CompletionPrompt.FromTokens([1212, 318]) });

        var span = Assert.Single(otel.Spans());
        Assert.Null(span.GetTagItem("gen_ai.input.messages"));
        Assert.Equal(
            """[{"role":"assistant","parts":[{"type":"text","content":"\n\nThis is indeed a test"}],"finish_reason":"length"}]""",
            span.GetTagItem("gen_ai.output.messages"));
    }

    [Fact]
    public async Task A_stream_broken_by_an_error_event_ends_its_span_with_the_error_and_unfinished_choices()
    {
        using var otel = new TelemetryCapture(model: "tc-error-" + Guid.NewGuid().ToString("N"));
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(_ => Recorder.Sse("""
            data: {"id":"cmpl-1","object":"text_completion","created":1,"model":"m","choices":[{"text":"Hel","index":0,"logprobs":null,"finish_reason":null}]}

            data: {"error":{"message":"The server had an error.","type":"server_error","param":null,"code":null}}


            """));
        using var client = Client(mock);

        await Assert.ThrowsAsync<OaiApiException>(async () =>
        {
            await foreach (var _ in client.Completions.CreateStreamAsync(new CompletionRequest { Model = otel.Model, Prompt = "p" }))
            {
            }
        });

        var span = Assert.Single(otel.Spans());
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal("server_error", span.GetTagItem("error.type"));
        Assert.Equal(new[] { "error" }, (string[])span.GetTagItem("gen_ai.response.finish_reasons")!);
        Assert.Equal("server_error", TelemetryCapture.Tags(Assert.Single(otel.Points("gen_ai.client.operation.duration")))["error.type"]);
    }

    [Fact]
    public async Task Breaking_out_early_ends_the_span_as_closed_early_with_unfinished_choices()
    {
        using var otel = new TelemetryCapture(model: "tc-break-" + Guid.NewGuid().ToString("N"));
        await StreamFixtureAsync(new CompletionRequest { Model = otel.Model, Prompt = "Say hello", N = 2 }, breakAfterFirst: true);

        var span = Assert.Single(otel.Spans());
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal("stream_closed_early", span.GetTagItem("error.type"));
        Assert.Equal(new[] { "error", "error" }, (string[])span.GetTagItem("gen_ai.response.finish_reasons")!);
    }
}
