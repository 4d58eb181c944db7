using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Oai.Chat;
using Oai.UnitTests.Pipeline;
using Oai.UnitTests.TestSupport;
using OpenTelemetry;
using OpenTelemetry.Logs;
using RichardSzalay.MockHttp;
using Xunit.Abstractions;

namespace Oai.UnitTests.Telemetry;

/// <summary>The conventions' events as OpenTelemetry log records (through <c>OaiClientOptions.LoggerFactory</c> and
/// the OpenTelemetry SDK's logging provider with its in-memory exporter): the content event in the EVENT modes, the
/// exception event at WARN on failure, both in the context of the call's span.</summary>
[Collection("Telemetry")]
public sealed class EventLogTests(ITestOutputHelper output)
{
    private const string Variable = "OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT";

    private const string StreamInput = """[{"role":"user","parts":[{"type":"text","content":"Where is the Golden Gate?"}]}]""";

    private static readonly string s_streamOutput =
        """[{"role":"assistant","parts":[{"type":"text","content":"{\"city\":\"San Francisco\",\"temperature\":61,\"units\":\"f\"}"}],"finish_reason":"stop"}]""";

    /// <summary>A log record as exported, copied (the SDK reuses its records).</summary>
    private sealed record Exported(string? EventName, LogLevel Level, ActivityTraceId TraceId, ActivitySpanId SpanId, Dictionary<string, object?> Attributes, Exception? Exception);

    /// <summary>Copies each record when it is exported.</summary>
    private sealed class Copy(List<Exported> into) : BaseProcessor<LogRecord>
    {
        public override void OnEnd(LogRecord data)
        {
            lock (into)
            {
                into.Add(new Exported(
                    data.EventId.Name, data.LogLevel, data.TraceId, data.SpanId,
                    (data.Attributes ?? []).ToDictionary(a => a.Key, a => a.Value), data.Exception));
            }
        }
    }

    private static ILoggerFactory Logs(List<Exported> records) =>
        LoggerFactory.Create(builder => builder.AddOpenTelemetry(o => o.AddProcessor(new Copy(records))));

    private static ChatCompletionRequest Question(string model) => new()
    {
        Model = model,
        Messages = [ChatMessage.User("Where is the Golden Gate?")],
    };

    /// <summary>Streams the recorded reply with an SDK listening to spans and the given logger factory.</summary>
    private static async Task<Activity> StreamAsync(TelemetryCapture capture, string model, ILoggerFactory logs, ContentCaptureMode? mode)
    {
        using var client = ChatSpanTests.Replay(
            "text/event-stream",
            SharedFiles.ReadRecording("openai-python", "chat-stream-text.sse"),
            configure: o => (o.ContentCapture, o.LoggerFactory) = (mode, logs));
        await foreach (var chunk in client.Chat.Completions.CreateStreamAsync(Question(model)))
        {
        }

        return capture.Span(model);
    }

    /// <summary>The attributes every event of a chat call carries.</summary>
    private static Dictionary<string, object?> Common(string model) => new()
    {
        ["gen_ai.operation.name"] = "chat",
        ["gen_ai.provider.name"] = "openai",
        ["server.address"] = "api.test.local",
        ["server.port"] = 443,
        ["gen_ai.request.model"] = model,
    };

    private static Exported Single(List<Exported> records, string name) => Assert.Single(records, r => r.EventName == name);

    [Fact]
    public async Task Event_only_writes_the_content_as_a_log_record_in_the_spans_context_and_not_on_the_span()
    {
        var records = new List<Exported>();
        using var capture = new TelemetryCapture();
        using (var logs = Logs(records))
        {
            var span = await StreamAsync(capture, "events-only", logs, ContentCaptureMode.Event);

            Assert.Null(span.GetTagItem("gen_ai.input.messages"));
            Assert.Null(span.GetTagItem("gen_ai.output.messages"));
            Assert.Empty(span.Events);

            var record = Single(records, "gen_ai.client.inference.operation.details");
            Assert.Equal(LogLevel.Information, record.Level);
            Assert.Equal(span.TraceId, record.TraceId);
            Assert.Equal(span.SpanId, record.SpanId);
            Assert.Null(record.Exception);
            var expected = Common("events-only");
            foreach (var (name, value) in new Dictionary<string, object?>
            {
                ["gen_ai.response.id"] = "chatcmpl-ABfw1e5abtU8OwGr15vOreYVb2MiF",
                ["gen_ai.response.model"] = "gpt-4o-2024-08-06",
                ["gen_ai.response.finish_reasons"] = new[] { "stop" },
                ["gen_ai.usage.input_tokens"] = 79L,
                ["gen_ai.usage.output_tokens"] = 14L,
                ["gen_ai.input.messages"] = StreamInput,
                ["gen_ai.output.messages"] = s_streamOutput,
            })
            {
                expected[name] = value;
            }

            Assert.Equal(expected, record.Attributes);
            Assert.Equal(2, SemconvSchemas.AssertCapturedContent(record.Attributes).Count(s => s.StartsWith("attribute:", StringComparison.Ordinal)));
            Assert.Single(records);
        }
    }

    [Fact]
    public async Task Span_and_event_writes_the_same_content_to_both()
    {
        var records = new List<Exported>();
        using var capture = new TelemetryCapture();
        using var logs = Logs(records);

        var span = await StreamAsync(capture, "events-both", logs, ContentCaptureMode.SpanAndEvent);

        var record = Single(records, "gen_ai.client.inference.operation.details");
        Assert.Equal(StreamInput, span.GetTagItem("gen_ai.input.messages"));
        Assert.Equal(s_streamOutput, span.GetTagItem("gen_ai.output.messages"));
        Assert.Equal(StreamInput, record.Attributes["gen_ai.input.messages"]);
        Assert.Equal(s_streamOutput, record.Attributes["gen_ai.output.messages"]);
        Assert.Empty(span.Events);
        Assert.Equal(span.SpanId, record.SpanId);

        output.WriteLine(Describe(span));
        output.WriteLine(Describe(record));
    }

    [Theory]
    [InlineData(ContentCaptureMode.SpanAttributes)]
    [InlineData(ContentCaptureMode.None)]
    public async Task Other_modes_write_no_content_event(ContentCaptureMode mode)
    {
        var records = new List<Exported>();
        using var capture = new TelemetryCapture();
        using var logs = Logs(records);

        var span = await StreamAsync(capture, "events-none-" + mode, logs, mode);

        Assert.Empty(records);
        Assert.Equal(mode == ContentCaptureMode.SpanAttributes ? StreamInput : null, span.GetTagItem("gen_ai.input.messages"));
    }

    [Fact]
    public async Task The_variable_selects_event_only_and_the_option_beats_it()
    {
        var records = new List<Exported>();
        using var capture = new TelemetryCapture();
        using var logs = Logs(records);
        Environment.SetEnvironmentVariable(Variable, "EVENT_ONLY");
        try
        {
            var byVariable = await StreamAsync(capture, "events-variable", logs, mode: null);
            Assert.Single(records);
            Assert.Equal(byVariable.SpanId, records[0].SpanId);
            Assert.Null(byVariable.GetTagItem("gen_ai.input.messages"));

            var byOption = await StreamAsync(capture, "events-option", logs, ContentCaptureMode.SpanAttributes);
            Assert.Single(records);
            Assert.Equal(StreamInput, byOption.GetTagItem("gen_ai.input.messages"));
        }
        finally
        {
            Environment.SetEnvironmentVariable(Variable, null);
        }
    }

    [Fact]
    public async Task A_failure_writes_the_exception_event_at_warn_with_safe_fields_only()
    {
        var records = new List<Exported>();
        using var capture = new TelemetryCapture();
        using var logs = Logs(records);
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(_ => Recorder.Json(
            """{"error":{"message":"Your prompt 'Where is the Golden Gate?' was rejected","type":"server_error","code":"overloaded","param":null}}""",
            HttpStatusCode.InternalServerError));
        using var client = TestClients.Create(mock, o => (o.MaxRetries, o.LoggerFactory) = (0, logs));

        await Assert.ThrowsAsync<OaiApiException>(() => client.Chat.Completions.CreateAsync(Question("events-error")));

        var span = capture.Span("events-error");
        var record = Single(records, "gen_ai.client.operation.exception");
        Assert.Single(records);
        Assert.Equal(LogLevel.Warning, record.Level);
        Assert.Equal(span.TraceId, record.TraceId);
        Assert.Equal(span.SpanId, record.SpanId);
        Assert.Null(record.Exception);
        var stack = Assert.IsType<string>(record.Attributes["exception.stacktrace"]);
        Assert.Contains("OaiPipeline", stack, StringComparison.Ordinal);
        record.Attributes.Remove("exception.stacktrace");
        var expected = Common("events-error");
        expected["error.type"] = "500";
        expected["exception.type"] = "Oai.OaiApiException";
        expected["exception.message"] = "HTTP 500 server_error overloaded";
        Assert.Equal(expected, record.Attributes);

        // The span keeps its own exception event, as before.
        Assert.Equal("exception", Assert.Single(span.Events).Name);
    }

    [Fact]
    public async Task Cancellation_is_no_exception_event_and_events_need_no_span_listener()
    {
        var records = new List<Exported>();
        using var logs = Logs(records);
        using var mock = new MockHttpMessageHandler();
        using var cts = new CancellationTokenSource();
        mock.When("*").Respond(async _ =>
        {
            await cts.CancelAsync();
            cts.Token.ThrowIfCancellationRequested();
            return Recorder.Json("{}");
        });
        using var client = TestClients.Create(mock, o => (o.LoggerFactory, o.ContentCapture) = (logs, ContentCaptureMode.Event));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.Chat.Completions.CreateAsync(Question("events-cancel"), cancellationToken: cts.Token));

        // No TracerProvider here: the content event is still written, with the cancellation's error.type.
        var record = Assert.Single(records);
        Assert.Equal("gen_ai.client.inference.operation.details", record.EventName);
        Assert.Equal("cancelled", record.Attributes["error.type"]);
        Assert.Equal(
            """[{"role":"user","parts":[{"type":"text","content":"Where is the Golden Gate?"}]}]""",
            record.Attributes["gen_ai.input.messages"]);
        Assert.False(record.Attributes.ContainsKey("gen_ai.output.messages"));
    }

    private static string Describe(Activity span) =>
        $"span {span.DisplayName} kind={span.Kind} trace={span.TraceId} span={span.SpanId} status={span.Status}\n"
        + string.Join("\n", span.TagObjects.Select(t => $"  {t.Key} = {Value(t.Value)}"));

    private static string Describe(Exported record) =>
        $"log record event.name={record.EventName} severity={record.Level} trace={record.TraceId} span={record.SpanId}\n"
        + string.Join("\n", record.Attributes.Select(a => $"  {a.Key} = {Value(a.Value)}"));

    private static string Value(object? value) => value switch
    {
        string text => $"\"{text}\" (string)",
        string[] array => $"[{string.Join(", ", array.Select(v => $"\"{v}\""))}] (string[])",
        null => "null",
        _ => $"{Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)} ({value.GetType().Name})",
    };
}
