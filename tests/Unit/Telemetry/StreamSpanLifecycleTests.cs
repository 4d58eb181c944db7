using System;
using System.Diagnostics;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Oai.Chat;
using Oai.UnitTests.Pipeline;
using RichardSzalay.MockHttp;

namespace Oai.UnitTests.Telemetry;

/// <summary>A stream's span ends exactly once, with the right status, error.type and finish reasons, however the
/// stream ends.</summary>
[Collection("Telemetry")]
public sealed class StreamSpanLifecycleTests
{
    private const string First = """{"id":"c1","object":"chat.completion.chunk","created":1,"model":"gpt-4o-mini-2024-07-18","choices":[{"index":0,"delta":{"role":"assistant","content":"one"},"finish_reason":null},{"index":1,"delta":{"role":"assistant","content":"uno"},"finish_reason":null}]}""";
    private const string SecondFinishesChoiceOne = """{"id":"c1","object":"chat.completion.chunk","created":1,"model":"gpt-4o-mini-2024-07-18","choices":[{"index":1,"delta":{},"finish_reason":"length"}]}""";
    private const string Usage = """{"id":"c1","object":"chat.completion.chunk","created":1,"model":"gpt-4o-mini-2024-07-18","choices":[],"usage":{"prompt_tokens":5,"completion_tokens":2,"total_tokens":7}}""";

    private static (OaiClient Client, Recorder Recorder) Client(string body, bool failAtEnd = false)
    {
        var recorder = new Recorder();
        var mock = new MockHttpMessageHandler();
        recorder.Route(mock.When("*"), _ => new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StreamContent(new TrickleStream(Encoding.UTF8.GetBytes(body), 64, failAtEnd)),
        });
        return (TestClients.Create(mock), recorder);
    }

    private static ChatCompletionRequest Request(string model) => new() { Model = model, Messages = [ChatMessage.User("count")], N = 2 };

    [Fact]
    public async Task Read_to_the_end_is_a_success_with_every_finish_reason()
    {
        using var capture = new TelemetryCapture();
        var all = $"data: {First}\n\ndata: {SecondFinishesChoiceOne}\n\ndata: {First.Replace("\"finish_reason\":null}", "\"finish_reason\":\"stop\"}", StringComparison.Ordinal)}\n\ndata: {Usage}\n\ndata: [DONE]\n\n";
        var (client, _) = Client(all);
        using (client)
        {
            await foreach (var _ in client.Chat.Completions.CreateStreamAsync(Request("life-end")))
            {
                Assert.Null(Activity.Current);
            }
        }

        Assert.Null(Activity.Current);

        var span = capture.Span("life-end");
        Assert.Equal(ActivityStatusCode.Unset, span.Status);
        Assert.Null(span.GetTagItem("error.type"));
        Assert.Equal(["stop", "stop"], (string[])span.GetTagItem("gen_ai.response.finish_reasons")!);
        Assert.Equal(5L, span.GetTagItem("gen_ai.usage.input_tokens"));
    }

    [Fact]
    public async Task An_exception_mid_stream_is_an_error_keeping_what_was_seen()
    {
        using var capture = new TelemetryCapture();
        var (client, _) = Client($"data: {First}\n\ndata: {SecondFinishesChoiceOne}\n\n", failAtEnd: true);
        using (client)
        {
            await Assert.ThrowsAsync<OaiStreamException>(async () =>
            {
                await foreach (var _ in client.Chat.Completions.CreateStreamAsync(Request("life-broken")))
                {
                }
            });
        }

        var span = capture.Span("life-broken");
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal("Oai.OaiStreamException", span.GetTagItem("error.type"));
        Assert.Equal(["error", "length"], (string[])span.GetTagItem("gen_ai.response.finish_reasons")!);
        Assert.Equal("c1", span.GetTagItem("gen_ai.response.id"));
        Assert.Single(span.Events, e => e.Name == "exception");
    }

    [Fact]
    public async Task Cancellation_is_reported_as_cancelled_not_success()
    {
        using var capture = new TelemetryCapture();
        var (client, _) = Client($"data: {First}\n\ndata: {SecondFinishesChoiceOne}\n\ndata: {Usage}\n\ndata: [DONE]\n\n");
        using var cts = new CancellationTokenSource();
        using (client)
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            {
                await foreach (var _ in client.Chat.Completions.CreateStreamAsync(Request("life-cancel"), cancellationToken: cts.Token))
                {
                    await cts.CancelAsync();
                }
            });
        }

        var span = capture.Span("life-cancel");
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal("cancelled", span.GetTagItem("error.type"));
        Assert.Equal(["error", "error"], (string[])span.GetTagItem("gen_ai.response.finish_reasons")!);
    }

    [Fact]
    public async Task Breaking_out_early_is_reported_as_closed_early_with_partial_state()
    {
        using var capture = new TelemetryCapture();
        var (client, _) = Client($"data: {First}\n\ndata: {SecondFinishesChoiceOne}\n\ndata: {Usage}\n\ndata: [DONE]\n\n");
        var seen = 0;
        using (client)
        {
            await foreach (var _ in client.Chat.Completions.CreateStreamAsync(Request("life-break")))
            {
                if (++seen == 2)
                {
                    break;
                }
            }
        }

        var span = capture.Span("life-break");
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal("stream_closed_early", span.GetTagItem("error.type"));
        Assert.Equal(["error", "length"], (string[])span.GetTagItem("gen_ai.response.finish_reasons")!);
        Assert.Empty(span.Events);
    }

    [Fact]
    public async Task Disposing_the_enumerator_without_reading_sends_nothing_and_leaves_no_span()
    {
        using var capture = new TelemetryCapture();
        var (client, recorder) = Client($"data: {Usage}\n\ndata: [DONE]\n\n");
        using (client)
        {
            var enumerator = client.Chat.Completions.CreateStreamAsync(Request("life-dispose")).GetAsyncEnumerator();
            await enumerator.DisposeAsync();
        }

        Assert.Empty(recorder.Requests);
        Assert.Empty(capture.Spans("life-dispose"));
    }

    [Fact]
    public void Never_enumerating_sends_nothing_and_leaves_no_span()
    {
        using var capture = new TelemetryCapture();
        var (client, recorder) = Client($"data: {Usage}\n\ndata: [DONE]\n\n");
        using (client)
        {
            _ = client.Chat.Completions.CreateStreamAsync(Request("life-never"));
        }

        Assert.Empty(recorder.Requests);
        Assert.Empty(capture.Spans("life-never"));
    }

    [Fact]
    public async Task A_slow_consumer_changes_neither_time_to_first_chunk_nor_time_per_chunk()
    {
        using var capture = new TelemetryCapture();
        var chunk = First;
        var body = $"data: {chunk}\n\ndata: {chunk}\n\ndata: {chunk}\n\ndata: {chunk}\n\ndata: {Usage}\n\ndata: [DONE]\n\n";
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond("text/event-stream", body);
        using var client = TestClients.Create(mock);
        var sleeps = TimeSpan.Zero;

        await foreach (var _ in client.Chat.Completions.CreateStreamAsync(Request("life-slow")))
        {
            // The server sent everything at once; the consumer takes 300 ms per chunk.
            await Task.Delay(300);
            sleeps += TimeSpan.FromMilliseconds(300);
        }

        // Relations, not speed limits: whatever the machine's load, the consumer's 1.5 s of sleeping must not show up
        // in the chunk timings (it would, were chunks timed when the consumer asks for them).
        // Timers may wake a millisecond or so early against the span's clock: allow 50 ms.
        var tolerance = TimeSpan.FromMilliseconds(50);
        var span = capture.Span("life-slow");
        Assert.True(span.Duration >= sleeps - tolerance, $"the consumer's sleeps are in the span's duration ({span.Duration})");
        var ttfc = (double)span.GetTagItem("gen_ai.response.time_to_first_chunk")!;
        Assert.True(ttfc <= (span.Duration - sleeps + tolerance).TotalSeconds, $"time to first chunk {ttfc} s must exclude the {sleeps} the consumer slept");
        var point = Assert.Single(capture.Points("gen_ai.client.operation.time_per_output_chunk", "life-slow"));
        Assert.Equal(4, point.GetHistogramCount());
        Assert.True(
            point.GetHistogramSum() < (sleeps.TotalSeconds - 0.3) / 2,
            $"four gaps between chunks that arrived together, not 4 x 300 ms of consumer time: {point.GetHistogramSum()} s");
        var firstChunk = Assert.Single(capture.Points("gen_ai.client.operation.time_to_first_chunk", "life-slow"));
        Assert.Equal(1, firstChunk.GetHistogramCount());
        Assert.Equal(ttfc, firstChunk.GetHistogramSum(), 6);
    }
}
