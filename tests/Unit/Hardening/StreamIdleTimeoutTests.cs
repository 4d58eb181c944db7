using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using Oai.UnitTests.Pipeline;
using Oai.UnitTests.Telemetry;
using RichardSzalay.MockHttp;

namespace Oai.UnitTests.Hardening;

/// <summary>A server that sends the headers and then goes silent: the stream or download ends after
/// <see cref="OaiClientOptions.StreamIdleTimeout"/> of silence on the client's clock, with <see cref="OaiTimeoutException"/>,
/// the body closed and the span ended; time the caller spends between reads does not count.</summary>
[Collection("Telemetry")]
public sealed class StreamIdleTimeoutTests
{
    private static readonly TimeSpan s_idle = TimeSpan.FromSeconds(30);

    private static byte[] Event(string content) =>
        Encoding.UTF8.GetBytes($"data: {{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":[{{\"index\":0,\"delta\":{{\"content\":\"{content}\"}},\"finish_reason\":null}}]}}\n\n");

    private static OaiClient Client(FakeTimeProvider time, Stream body, string mediaType = "text/event-stream", TimeSpan? idle = null)
    {
        var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(_ =>
        {
            var content = new StreamContent(body);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(mediaType);
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
        });
        return TestClients.Create(mock, options =>
        {
            options.TimeProvider = time;
            options.StreamIdleTimeout = idle ?? s_idle;
        });
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_stream_that_goes_silent_ends_with_a_timeout_after_the_idle_time_and_closes_the_body(bool traced)
    {
        using var capture = traced ? new TelemetryCapture() : null;
        var model = traced ? "idle-traced" : "idle-untraced";
        var time = new FakeTimeProvider();
        var body = new StallingStream(Event("Hel"));
        using var client = Client(time, body);
        await using var chunks = client.Chat.Completions.CreateStreamAsync(TestClients.Hello(model)).GetAsyncEnumerator();

        Assert.True(await chunks.MoveNextAsync(), "the first chunk arrives before the silence");
        var next = chunks.MoveNextAsync().AsTask();
        await body.Stalled.Task.WaitAsync(TimeSpan.FromSeconds(30));
        time.Advance(s_idle - TimeSpan.FromSeconds(1));
        await Task.Delay(50);
        Assert.False(next.IsCompleted, "one second short of the idle timeout the stream still waits");
        time.Advance(TimeSpan.FromSeconds(1));

        var ex = await Assert.ThrowsAsync<OaiTimeoutException>(() => next.WaitAsync(TimeSpan.FromSeconds(30)));

        Assert.StartsWith("The stream from POST /v1/chat/completions received no data for 00:00:30 (the client's StreamIdleTimeout) after ", ex.Message, StringComparison.Ordinal);
        Assert.True(body.Disposed, "the silent connection is closed");
        if (capture is not null)
        {
            Assert.Equal("Oai.OaiTimeoutException", capture.Span(model).GetTagItem("error.type"));
        }
    }

    [Fact]
    public async Task Time_the_caller_spends_between_chunks_does_not_count_as_silence()
    {
        var time = new FakeTimeProvider();
        var body = new StallingStream(Event("Hel"), Event("lo"), Encoding.UTF8.GetBytes("data: [DONE]\n\n"));
        using var client = Client(time, body);
        var text = new StringBuilder();

        await foreach (var chunk in client.Chat.Completions.CreateStreamAsync(TestClients.Hello()))
        {
            text.Append(chunk.Choices[0].Delta.Content);
            time.Advance(TimeSpan.FromHours(1));
        }

        Assert.Equal("Hello", text.ToString());
    }

    [Fact]
    public async Task A_download_that_goes_silent_ends_with_a_timeout_for_async_reads()
    {
        var time = new FakeTimeProvider();
        var body = new StallingStream(new byte[] { 1, 2, 3 });
        using var client = Client(time, body, "application/octet-stream");
        await using var content = await client.Files.ContentAsync("file-1");
        var buffer = new byte[16];

        Assert.Equal(3, await content.ReadAsync(buffer));
        var next = content.ReadAsync(buffer).AsTask();
        await body.Stalled.Task.WaitAsync(TimeSpan.FromSeconds(30));
        time.Advance(s_idle);

        var ex = await Assert.ThrowsAsync<OaiTimeoutException>(() => next.WaitAsync(TimeSpan.FromSeconds(30)));

        Assert.Equal("The content from GET /v1/files/file-1/content received no data for 00:00:30 (the client's StreamIdleTimeout) after 3 bytes; the connection was closed.", ex.Message);
    }

    [Fact]
    public async Task A_download_that_goes_silent_ends_with_a_timeout_for_synchronous_reads_too()
    {
        var time = new FakeTimeProvider();
        var body = new StallingStream(new byte[] { 1, 2, 3 });
        using var client = Client(time, body, "application/octet-stream");
        using var content = await client.Files.ContentAsync("file-1");
        var buffer = new byte[16];

        Assert.Equal(3, content.Read(buffer, 0, buffer.Length));
        var next = Task.Run(() => content.Read(buffer, 0, buffer.Length));
        await body.Stalled.Task.WaitAsync(TimeSpan.FromSeconds(30));
        time.Advance(s_idle);

        await Assert.ThrowsAsync<OaiTimeoutException>(() => next.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.True(body.Disposed, "the silent connection is closed");
    }

    [Fact]
    public async Task An_infinite_idle_timeout_waits_for_ever()
    {
        var time = new FakeTimeProvider();
        var body = new StallingStream(Event("Hel"));
        using var client = Client(time, body, idle: Timeout.InfiniteTimeSpan);
        using var cancel = new CancellationTokenSource();
        await using var chunks = client.Chat.Completions.CreateStreamAsync(TestClients.Hello()).GetAsyncEnumerator(cancel.Token);

        Assert.True(await chunks.MoveNextAsync(), "the first chunk arrives before the silence");
        var next = chunks.MoveNextAsync().AsTask();
        await body.Stalled.Task.WaitAsync(TimeSpan.FromSeconds(30));
        time.Advance(TimeSpan.FromDays(2));
        await Task.Delay(50);
        Assert.False(next.IsCompleted, "with no idle timeout only the caller ends the wait");
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => next.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public void The_idle_timeout_defaults_to_the_client_timeout_and_is_validated()
    {
        Assert.Null(new OaiClientOptions().StreamIdleTimeout);
        var settings = Oai.Pipeline.ClientSettings.From(new OaiClientOptions { ApiKey = "k", Timeout = TimeSpan.FromMinutes(3) });
        Assert.Equal(TimeSpan.FromMinutes(3), settings.StreamIdleTimeout);
        var ex = Assert.Throws<ArgumentException>(() => new OaiClient(new OaiClientOptions { ApiKey = "k", StreamIdleTimeout = TimeSpan.Zero }));
        Assert.StartsWith("StreamIdleTimeout must be between 10 ms and 1 day, or Timeout.InfiniteTimeSpan.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disposing_a_download_while_a_synchronous_read_waits_ends_that_read_with_object_disposed()
    {
        var time = new FakeTimeProvider();
        var body = new StallingStream(new byte[] { 1, 2, 3 });
        using var client = Client(time, body, "application/octet-stream");
        var content = await client.Files.ContentAsync("file-1");
        var buffer = new byte[16];
        Assert.Equal(3, content.Read(buffer, 0, buffer.Length));
        var next = Task.Run(() => content.Read(buffer, 0, buffer.Length));
        await body.Stalled.Task.WaitAsync(TimeSpan.FromSeconds(30));

        await content.DisposeAsync();

        var ex = await Assert.ThrowsAsync<ObjectDisposedException>(() => next.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal("ContentStream", ex.ObjectName);
        Assert.Throws<ObjectDisposedException>(() => content.Read(buffer, 0, buffer.Length));
    }
}
