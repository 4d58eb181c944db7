using System;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Oai.Responses;
using Oai.UnitTests.Pipeline;
using Oai.UnitTests.TestSupport;

namespace Oai.UnitTests.Telemetry;

/// <summary>Responses spans per TRACING.md's Responses section, exact in value and type: a whole call, a stream, a
/// stream left early, a failed stream, and the custom operations.</summary>
[Collection("Telemetry")]
public sealed class ResponsesTracingTests
{
    private static OaiClient Replay(string contentType, string body, HttpStatusCode status = HttpStatusCode.OK) =>
        ChatSpanTests.Replay(contentType, body, status, o => o.ContentCapture = ContentCaptureMode.SpanAttributes);

    private static string RecordedStream(string file) =>
        Recording.LoadEntries("openai-dotnet", "ResponsesTests", file)[0].StreamText;

    [Fact]
    public async Task A_whole_response_has_the_request_response_and_content_attributes()
    {
        using var capture = new TelemetryCapture();
        using var client = Replay("application/json", ChatSpanTests.RecordedBody("ResponsesTests", "FunctionCallWorks.json"));
        var earlier = new FunctionCallItem { CallId = "call_1", Name = "get_weather", Arguments = """{"city":"Paris"}""" };
        await client.Responses.CreateAsync(new ResponseRequest
        {
            Model = "trace-resp-whole",
            Instructions = "Be terse.",
            Input = [ResponseItem.User("What should I wear?"), earlier, ResponseItem.FunctionCallOutput("call_1", "22 C and windy")],
            MaxOutputTokens = 100,
            Temperature = 0.2,
            TopP = 0.9,
            Text = new ResponseTextOptions { Format = ResponseTextFormat.JsonObject },
            ServiceTier = ServiceTier.Flex,
            Conversation = "conv_123",
        });

        var span = capture.Span("trace-resp-whole");
        Assert.Equal("chat trace-resp-whole", span.DisplayName);
        Assert.Equal(ActivityKind.Client, span.Kind);
        Assert.Equal(ActivityStatusCode.Unset, span.Status);
        const string input = """[{"role":"user","parts":[{"type":"text","content":"What should I wear?"}]},{"role":"assistant","parts":[{"type":"tool_call","id":"call_1","name":"get_weather","arguments":{"city":"Paris"}}]},{"role":"tool","parts":[{"type":"tool_call_response","id":"call_1","response":"22 C and windy"}]}]""";
        const string output = """[{"role":"assistant","parts":[{"type":"tool_call","id":"call_S2X9KuEJpYvFcF4hgv1XwM0j","name":"get_weather_at_location","arguments":{"location":"San Francisco, CA"}}],"finish_reason":"tool_call"}]""";
        const string instructions = """[{"type":"text","content":"Be terse."}]""";
        TelemetryCapture.AssertTags(
            new System.Collections.Generic.Dictionary<string, object?>
            {
                ["gen_ai.operation.name"] = "chat",
                ["gen_ai.provider.name"] = "openai",
                ["server.address"] = "api.test.local",
                ["server.port"] = 443,
                ["gen_ai.request.model"] = "trace-resp-whole",
                ["gen_ai.request.max_tokens"] = 100,
                ["gen_ai.request.temperature"] = 0.2,
                ["gen_ai.request.top_p"] = 0.9,
                ["gen_ai.output.type"] = "json",
                ["openai.api.type"] = "responses",
                ["openai.request.service_tier"] = "flex",
                ["gen_ai.conversation.id"] = "conv_123",
                ["gen_ai.response.id"] = "resp_0df7c3d8927b3a940068c9ef43dce481949ab7ac4c9f676d61",
                ["gen_ai.response.model"] = "gpt-4o-mini-2024-07-18",
                ["gen_ai.response.finish_reasons"] = new[] { "tool_call" },
                ["openai.response.service_tier"] = "default",
                ["gen_ai.usage.input_tokens"] = 74L,
                ["gen_ai.usage.output_tokens"] = 20L,
                ["gen_ai.usage.cache_read.input_tokens"] = 0L,
                ["gen_ai.usage.reasoning.output_tokens"] = 0L,
                ["gen_ai.input.messages"] = input,
                ["gen_ai.output.messages"] = output,
                ["gen_ai.system_instructions"] = instructions,
            },
            span);
        SemconvSchemas.AssertValid("gen_ai.input.messages", input);
        SemconvSchemas.AssertValid("gen_ai.output.messages", output);
        SemconvSchemas.AssertValid("gen_ai.system_instructions", instructions);
    }

    [Fact]
    public async Task An_incomplete_response_reports_length_and_reasoning_is_captured_as_a_reasoning_part()
    {
        using var capture = new TelemetryCapture();
        using (var client = Replay("application/json", ChatSpanTests.RecordedBody("ResponsesTests", "MaxTokens.json")))
        {
            await client.Responses.CreateAsync(new ResponseRequest { Model = "trace-resp-length", Input = "Write three haikus" });
        }

        var span = capture.Span("trace-resp-length");
        Assert.Equal(new[] { "length" }, span.GetTagItem("gen_ai.response.finish_reasons"));
        Assert.Equal("""[{"role":"user","parts":[{"type":"text","content":"Write three haikus"}]}]""", span.GetTagItem("gen_ai.input.messages"));

        using (var client = Replay("application/json", ChatSpanTests.RecordedBody("ResponsesTests", "ResponsesWithReasoning.json")))
        {
            await client.Responses.CreateAsync(new ResponseRequest { Model = "trace-resp-reasoning", Input = "Fold a burrito" });
        }

        var reasoning = capture.Span("trace-resp-reasoning");
        Assert.Equal(new[] { "stop" }, reasoning.GetTagItem("gen_ai.response.finish_reasons"));
        Assert.Equal(56L, reasoning.GetTagItem("gen_ai.usage.reasoning.output_tokens"));
        string output = (string)reasoning.GetTagItem("gen_ai.output.messages")!;
        Assert.StartsWith("""[{"role":"assistant","parts":[{"type":"reasoning","content":"**Creating clear instructions**""", output);
        Assert.Contains("""{"role":"assistant","parts":[{"type":"text","content":"For a tight, leak-resistant burrito:""", output);
        SemconvSchemas.AssertValid("gen_ai.output.messages", output);
    }

    [Fact]
    public async Task A_stream_times_its_output_deltas_only_and_folds_its_content()
    {
        using var capture = new TelemetryCapture();
        using var client = Replay("text/event-stream", RecordedStream("StreamingResponses.json"));
        var deltas = 0;
        await foreach (var e in client.Responses.CreateStreamAsync(new ResponseRequest { Model = "trace-resp-stream", Input = "Hello, world!" }))
        {
            deltas += e is ResponseOutputTextDeltaEvent ? 1 : 0;
        }

        var span = capture.Span("trace-resp-stream");
        Assert.Equal(ActivityStatusCode.Unset, span.Status);
        Assert.Equal(true, span.GetTagItem("gen_ai.request.stream"));
        Assert.Equal("responses", span.GetTagItem("openai.api.type"));
        Assert.Equal("resp_0b70e4946283a4df0068c9ef5ef4d88194adeeb6e2283d609a", span.GetTagItem("gen_ai.response.id"));
        Assert.Equal(new[] { "stop" }, span.GetTagItem("gen_ai.response.finish_reasons"));
        Assert.Equal((11L, 10L), ((long)span.GetTagItem("gen_ai.usage.input_tokens")!, (long)span.GetTagItem("gen_ai.usage.output_tokens")!));
        var firstChunk = (double)span.GetTagItem("gen_ai.response.time_to_first_chunk")!;
        Assert.InRange(firstChunk, 0, span.Duration.TotalSeconds);

        // Nine output deltas among 17 events: one time to first chunk, eight gaps; the lifecycle events are not chunks.
        Assert.Equal(9, deltas);
        Assert.Equal(1, Assert.Single(capture.Points("gen_ai.client.operation.time_to_first_chunk", "trace-resp-stream")).GetHistogramCount());
        Assert.Equal(8, Assert.Single(capture.Points("gen_ai.client.operation.time_per_output_chunk", "trace-resp-stream")).GetHistogramCount());

        string output = (string)span.GetTagItem("gen_ai.output.messages")!;
        Assert.Equal("""[{"role":"assistant","parts":[{"type":"text","content":"Hello! How can I assist you today?"}],"finish_reason":"stop"}]""", output);
        SemconvSchemas.AssertValid("gen_ai.output.messages", output);
    }

    [Fact]
    public async Task A_stream_left_early_is_an_error_with_the_response_so_far()
    {
        using var capture = new TelemetryCapture();
        using var client = Replay("text/event-stream", RecordedStream("StreamingResponses.json"));
        await foreach (var e in client.Responses.CreateStreamAsync(new ResponseRequest { Model = "trace-resp-break", Input = "Hello, world!" }))
        {
            if (e.TryGetTextDelta(out _))
            {
                break;
            }
        }

        var span = capture.Span("trace-resp-break");
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal("stream_closed_early", span.GetTagItem("error.type"));
        Assert.Equal(new[] { "error" }, span.GetTagItem("gen_ai.response.finish_reasons"));
        Assert.Equal("resp_0b70e4946283a4df0068c9ef5ef4d88194adeeb6e2283d609a", span.GetTagItem("gen_ai.response.id"));
        Assert.Null(span.GetTagItem("gen_ai.usage.input_tokens"));
        Assert.Equal("""[{"role":"assistant","parts":[{"type":"text","content":"Hello"}],"finish_reason":"error"}]""", span.GetTagItem("gen_ai.output.messages"));
    }

    [Fact]
    public async Task A_failed_stream_throws_the_api_exception_and_ends_the_span_in_error()
    {
        using var capture = new TelemetryCapture();
        using var client = Replay("text/event-stream", ResponseSse.Failed("server_error", "The model crashed."));
        var error = await Assert.ThrowsAsync<OaiApiException>(async () =>
        {
            await foreach (var _ in client.Responses.CreateStreamAsync(new ResponseRequest { Model = "trace-resp-failed", Input = "Hi" }))
            {
            }
        });

        Assert.Equal(("server_error", "server_error"), (error.Code, error.ErrorType));
        Assert.Contains("The model crashed.", error.Message);
        var span = capture.Span("trace-resp-failed");
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal("server_error", span.GetTagItem("error.type"));
        Assert.Equal(new[] { "error" }, span.GetTagItem("gen_ai.response.finish_reasons"));
        Assert.Equal("resp_failed", span.GetTagItem("gen_ai.response.id"));
    }

    [Fact]
    public async Task Retrieve_delete_cancel_and_input_items_are_custom_operations_with_the_response_id()
    {
        using var capture = new TelemetryCapture();
        var body = ChatSpanTests.RecordedBody("ResponsesTests", "CanCancelBackgroundResponses.json")
            .Replace("resp_0a3365ff556124e80068c9ef39d03881939a80f61fb572fe25", "resp_x", System.StringComparison.Ordinal);
        using (var client = Replay("application/json", body))
        {
            await client.Responses.RetrieveAsync("resp_x");
            await client.Responses.CancelAsync("resp_x");
        }

        using (var client = Replay("application/json", """{"id":"resp_x","object":"response.deleted","deleted":true}"""))
        {
            await client.Responses.DeleteAsync("resp_x");
        }

        using (var client = Replay("application/json", """{"object":"list","data":[],"has_more":false}"""))
        {
            await client.Responses.ListInputItemsAsync("resp_x").ToListAsync();
        }

        var names = new[] { "responses.retrieve", "responses.cancel", "responses.delete", "responses.input_items.list" };
        foreach (var name in names)
        {
            var span = Assert.Single(capture.AllSpans(), s => Equals(s.GetTagItem("gen_ai.operation.name"), name) && Equals(s.GetTagItem("gen_ai.response.id"), "resp_x"));
            Assert.Equal(name, span.DisplayName);
            Assert.Null(span.GetTagItem("gen_ai.usage.input_tokens"));
        }
    }
}
