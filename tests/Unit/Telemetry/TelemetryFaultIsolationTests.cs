using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Tracing;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Oai.Chat;
using Oai.Pipeline;
using Oai.Telemetry;
using Oai.UnitTests.Pipeline;
using RichardSzalay.MockHttp;

namespace Oai.UnitTests.Telemetry;

/// <summary>A bug in an endpoint's span mapping never reaches the caller: the call returns what the service sent, the
/// span still ends, and the failure is reported to the <c>Oai-Client</c> event source.</summary>
[Collection("Telemetry")]
public sealed class TelemetryFaultIsolationTests
{
    private const string Chunk = """{"id":"c1","object":"chat.completion.chunk","created":1770950813,"model":"m","choices":[{"index":0,"delta":{"content":"Hi"},"finish_reason":null}]}""";

    /// <summary>Throws from every function but the request model (unless told to), so spans can be found by model.</summary>
    private static OperationTelemetry<string, TResult> BrokenTelemetry<TResult>(string model, bool modelThrows = false) => new()
    {
        RequestModel = _ => modelThrows ? throw new InvalidOperationException("model") : model,
        RequestTags = static (string _, ref TagList tags) =>
        {
            tags.Add("test.before_failure", true);
            throw new InvalidOperationException("request tags");
        },
        BeginStream = static (_, _) => throw new InvalidOperationException("begin stream"),
        Response = static (_, info) =>
        {
            info.Id = "seen";
            throw new NullReferenceException("observe");
        },
        InputMessages = static (_, _) => throw new InvalidOperationException("input"),
        OutputMessages = static (_, _) => throw new InvalidOperationException("output"),
    };

    private sealed class Listener : EventListener
    {
        public ConcurrentQueue<string> Failures { get; } = new();

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "Oai-Client")
            {
                EnableEvents(eventSource, EventLevel.Warning);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData) =>
            Failures.Enqueue(string.Join("|", eventData.Payload ?? []));
    }

    private static OaiPipeline Pipeline(MockHttpMessageHandler mock) => new(
        ClientSettings.From(new OaiClientOptions
        {
            ApiKey = TestClients.ApiKey,
            BaseUrl = new Uri(TestClients.BaseUrl),
            ContentCapture = ContentCaptureMode.SpanAttributes,
        }),
        mock,
        clientSource: null);

    [Fact]
    public async Task A_throwing_mapping_leaves_the_result_and_the_span_intact()
    {
        using var capture = new TelemetryCapture();
        using var listener = new Listener();
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond("application/json", """{"error":{"message":"just a record","type":"t"}}""");
        using var pipeline = Pipeline(mock);
        var operation = new JsonOperation<string, ApiErrorResponse>
        {
            Name = "probe",
            Method = HttpMethod.Get,
            Path = static _ => "probe",
            ResultType = RecordsJsonContext.Default.ApiErrorResponse,
            Telemetry = BrokenTelemetry<ApiErrorResponse>("fault-whole"),
        };

        var result = await pipeline.SendAsync(operation, "request", null, default);

        Assert.Equal("just a record", result.Error!.Message);
        var span = capture.Span("fault-whole");
        Assert.Equal(ActivityStatusCode.Unset, span.Status);
        Assert.Null(span.GetTagItem("error.type"));
        Assert.Equal(true, span.GetTagItem("test.before_failure"));
        Assert.Equal("seen", span.GetTagItem("gen_ai.response.id"));
        Assert.Equal(
            [
                "probe|Start|System.InvalidOperationException",
                "probe|Start|System.InvalidOperationException",
                "probe|OnResponse|System.NullReferenceException",
                "probe|End|System.InvalidOperationException",
            ],
            listener.Failures.Where(f => f.StartsWith("probe|", StringComparison.Ordinal)).ToArray());
    }

    [Fact]
    public async Task A_throwing_mapping_does_not_break_a_stream()
    {
        using var capture = new TelemetryCapture();
        using var listener = new Listener();
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond("text/event-stream", $"data: {Chunk}\n\ndata: {Chunk}\n\ndata: [DONE]\n\n");
        using var pipeline = Pipeline(mock);
        var operation = new StreamOperation<string, ChatCompletionChunk>
        {
            Name = "probe_stream",
            Method = HttpMethod.Post,
            Path = static _ => "probe",
            ChunkType = RecordsJsonContext.Default.ChatCompletionChunk,
            Telemetry = BrokenTelemetry<ChatCompletionChunk>("fault-stream"),
        };

        var contents = new List<string?>();
        await foreach (var chunk in pipeline.OpenStream(operation, "request", null, default))
        {
            contents.Add(chunk.Choices[0].Delta.Content);
        }

        Assert.Equal(["Hi", "Hi"], contents);
        var span = capture.Span("fault-stream");
        Assert.Equal(ActivityStatusCode.Unset, span.Status);
        Assert.NotNull(span.GetTagItem("gen_ai.response.time_to_first_chunk"));
        Assert.Equal(2, listener.Failures.Count(f => f == "probe_stream|OnChunk|System.NullReferenceException"));
    }

    [Fact]
    public async Task A_throwing_model_mapping_still_sends_the_request()
    {
        using var capture = new TelemetryCapture();
        using var listener = new Listener();
        using var mock = new MockHttpMessageHandler();
        var request = mock.When("*").Respond("application/json", """{"error":{"message":"ok"}}""");
        using var pipeline = Pipeline(mock);
        var operation = new JsonOperation<string, ApiErrorResponse>
        {
            Name = "probe_model",
            Method = HttpMethod.Get,
            Path = static _ => "probe",
            ResultType = RecordsJsonContext.Default.ApiErrorResponse,
            Telemetry = BrokenTelemetry<ApiErrorResponse>("unused", modelThrows: true),
        };

        var result = await pipeline.SendAsync(operation, "request", null, default);

        Assert.Equal("ok", result.Error!.Message);
        Assert.Equal(1, mock.GetMatchCount(request));
        Assert.Contains("probe_model|Start|System.InvalidOperationException", listener.Failures);
    }
}
