using System;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Oai.Chat;
using Oai.Telemetry;
using Oai.UnitTests.TestSupport;

namespace Oai.UnitTests.Telemetry;

/// <summary>Message content capture: off by default, switched on by the option or the environment variable.</summary>
[Collection("Telemetry")]
public sealed class ContentCaptureTests
{
    private const string Variable = "OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT";

    private static ChatCompletionRequest Conversation(string model) => new()
    {
        Model = model,
        Messages =
        [
            ChatMessage.System("You are terse."),
            ChatMessage.User("What's the weather in Paris?"),
            ChatMessage.Assistant([ChatToolCall.Function("call_1", "get_weather", """{"city":"Paris"}""")]),
            ChatMessage.Tool("call_1", """{"temp":21}"""),
        ],
    };

    private static async Task<System.Diagnostics.Activity> Call(TelemetryCapture capture, string model, ContentCaptureMode? option)
    {
        using var client = ChatSpanTests.Replay(
            "application/json",
            ChatSpanTests.RecordedBody("ChatTests", "HelloWorldChat.json"),
            configure: o => o.ContentCapture = option);
        await client.Chat.Completions.CreateAsync(Conversation(model));
        return capture.Span(model);
    }

    private static string? EventContent(System.Diagnostics.Activity span, string name) =>
        span.Events.Where(e => e.Name == "gen_ai.client.inference.operation.details")
            .SelectMany(e => e.Tags).Where(t => t.Key == name).Select(t => (string?)t.Value).SingleOrDefault();

    [Fact]
    public async Task Off_by_default_but_metrics_and_token_counts_stay()
    {
        using var capture = new TelemetryCapture();
        var span = await Call(capture, "capture-off", option: null);

        Assert.Null(span.GetTagItem("gen_ai.input.messages"));
        Assert.Null(span.GetTagItem("gen_ai.output.messages"));
        Assert.Empty(span.Events);
        Assert.Equal(11L, span.GetTagItem("gen_ai.usage.input_tokens"));
        Assert.Equal(2, capture.Points("gen_ai.client.token.usage", "capture-off").Count);
    }

    [Fact]
    public async Task On_by_option_records_the_conventions_message_shapes()
    {
        using var capture = new TelemetryCapture();
        var span = await Call(capture, "capture-on", ContentCaptureMode.SpanAttributes);

        var input = (string)span.GetTagItem("gen_ai.input.messages")!;
        Assert.Equal(
            """[{"role":"system","parts":[{"type":"text","content":"You are terse."}]},{"role":"user","parts":[{"type":"text","content":"What's the weather in Paris?"}]},{"role":"assistant","parts":[{"type":"tool_call","id":"call_1","name":"get_weather","arguments":{"city":"Paris"}}]},{"role":"tool","parts":[{"type":"tool_call_response","id":"call_1","response":{"temp":21}}]}]""",
            input);
        Assert.Equal(
            """[{"role":"assistant","parts":[{"type":"text","content":"Hello! How can I assist you today?"}],"finish_reason":"stop"}]""",
            (string)span.GetTagItem("gen_ai.output.messages")!);
        Assert.Equal(2, capture.Points("gen_ai.client.token.usage", "capture-on").Count);
    }

    [Theory]
    [InlineData("true", true, false)]
    [InlineData("SPAN_ONLY", true, false)]
    [InlineData("EVENT_ONLY", false, true)]
    [InlineData("SPAN_AND_EVENT", true, true)]
    [InlineData("NO_CONTENT", false, false)]
    [InlineData("nonsense", false, false)]
    public async Task The_environment_variable_selects_where_content_goes(string value, bool onSpan, bool onEvent)
    {
        using var capture = new TelemetryCapture();
        var model = "capture-env-" + value;
        Environment.SetEnvironmentVariable(Variable, value);
        System.Diagnostics.Activity span;
        try
        {
            span = await Call(capture, model, option: null);
        }
        finally
        {
            Environment.SetEnvironmentVariable(Variable, null);
        }

        Assert.Equal(onSpan, span.GetTagItem("gen_ai.input.messages") is string);
        Assert.Equal(onSpan, span.GetTagItem("gen_ai.output.messages") is string);
        Assert.Equal(onEvent, EventContent(span, "gen_ai.input.messages") is string);
        Assert.Equal(onEvent, EventContent(span, "gen_ai.output.messages") is string);
    }

    [Fact]
    public async Task The_option_beats_the_variable()
    {
        using var capture = new TelemetryCapture();
        Environment.SetEnvironmentVariable(Variable, "SPAN_AND_EVENT");
        System.Diagnostics.Activity span;
        try
        {
            span = await Call(capture, "capture-option-wins", ContentCaptureMode.None);
        }
        finally
        {
            Environment.SetEnvironmentVariable(Variable, null);
        }

        Assert.Null(span.GetTagItem("gen_ai.input.messages"));
        Assert.Empty(span.Events);
    }

    [Fact]
    public async Task Long_content_is_cut_to_the_limit_and_stays_valid_json()
    {
        using var capture = new TelemetryCapture();
        using var client = ChatSpanTests.Replay(
            "application/json",
            ChatSpanTests.RecordedBody("ChatTests", "HelloWorldChat.json"),
            configure: o =>
            {
                o.ContentCapture = ContentCaptureMode.SpanAttributes;
                o.MaxCapturedContentLength = 1024;
            });
        var huge = string.Concat(Enumerable.Repeat("é\"quoted\" ✓ line\n", 2000));
        await client.Chat.Completions.CreateAsync(new ChatCompletionRequest
        {
            Model = "capture-truncate",
            Messages = [ChatMessage.System(huge), ChatMessage.User(huge), ChatMessage.User("short tail")],
        });

        var input = (string)capture.Span("capture-truncate").GetTagItem("gen_ai.input.messages")!;
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(input) <= 1024, $"at most 1024 bytes, got {System.Text.Encoding.UTF8.GetByteCount(input)}");
        using var parsed = JsonDocument.Parse(input);
        var first = parsed.RootElement[0].GetProperty("parts")[0].GetProperty("content").GetString()!;
        Assert.EndsWith(CapturedMessages.TruncationMarker, first, StringComparison.Ordinal);
        Assert.Equal("system", parsed.RootElement[0].GetProperty("role").GetString());
    }

    [Theory]
    [InlineData(256)]
    [InlineData(300)]
    [InlineData(5000)]
    public void Truncation_always_yields_valid_json_within_the_limit(int limit)
    {
        var messages = new CapturedMessages();
        for (var i = 0; i < 30; i++)
        {
            messages.AddMessage(i % 2 == 0 ? "user" : "assistant");
            messages.AddText(new string('x', i * 37) + "\u00e9\ud83d\ude00\"\\");
            messages.AddToolCall("call_" + i, "tool", "{\"a\":[1,2,3],\"b\":\"" + new string('y', i * 11) + "\"}");
        }

        var json = messages.ToJson(limit);

        Assert.True(System.Text.Encoding.UTF8.GetByteCount(json) <= limit, $"{json.Length} > {limit}");
        using var _ = JsonDocument.Parse(json);
    }
}
