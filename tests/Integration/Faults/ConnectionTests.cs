using System;
using System.Diagnostics;
using System.Threading.Tasks;
using Oai.Emulator;
using Oai.IntegrationTests.Servers;
using Oai.IntegrationTests.Telemetry;

namespace Oai.IntegrationTests.Faults;

/// <summary>Connections that break: before the headers (retried) and in the middle of a stream (not retried).</summary>
/// <remarks>On the emulator, except the reset in the middle of a stream: a TCP reset discards bytes the client has not
/// read yet, so the raw fault server waits for the client to hold the chunk before resetting, which the emulator's
/// scripts cannot wait for.</remarks>
[Collection("Telemetry")]
public sealed class ConnectionTests
{
    [Fact]
    public async Task A_connection_reset_before_the_headers_is_retried_and_the_next_attempt_succeeds()
    {
        using var spans = SpanCapture.Start();
        await using var emulator = await FaultEmulator.StartAsync(spans.Model);
        emulator.EnqueueInOrder(EmulatorReply.Reset(), EmulatorReply.Text("ok"));
        using var client = FaultEmulator.Client(emulator, FaultClients.ShortBackoff);

        var completion = await client.Chat.Completions.CreateAsync(FaultClients.Request(spans.Model));

        Assert.Equal("ok", completion.Choices[0].Message.Content);
        Assert.Equal(2, emulator.Requests.Count);
        spans.AssertOk();
    }

    [Fact]
    public async Task A_connection_reset_on_every_attempt_is_a_connection_exception()
    {
        using var spans = SpanCapture.Start();
        await using var emulator = await FaultEmulator.StartAsync(spans.Model);
        emulator.EnqueueInOrder(EmulatorReply.Reset(), EmulatorReply.Reset(), EmulatorReply.Reset());
        using var client = FaultEmulator.Client(emulator, FaultClients.ShortBackoff);

        var ex = await Assert.ThrowsAsync<OaiConnectionException>(() => client.Chat.Completions.CreateAsync(FaultClients.Request(spans.Model)));

        Assert.Equal(3, emulator.Requests.Count);
        Assert.StartsWith("The call to POST /v1/chat/completions failed before a response arrived", ex.Message, StringComparison.Ordinal);
        spans.AssertError("Oai.OaiConnectionException");
    }

    [Fact]
    public async Task A_connection_dropped_mid_stream_is_a_stream_exception_and_not_retried()
    {
        using var spans = SpanCapture.Start();
        await using var server = await FaultServer.StartAsync(Respond.Stream(StreamEnd.Abort, FaultClients.Chunk("one")));
        using var client = FaultClients.Create(server, FaultClients.ShortBackoff);

        var received = 0;
        var ex = await Assert.ThrowsAsync<OaiStreamException>(async () =>
        {
            await foreach (var _ in client.Chat.Completions.CreateStreamAsync(FaultClients.Request(spans.Model)))
            {
                received++;
                server.ClientHasData.TrySetResult();
            }
        });

        Assert.Equal(1, received);
        Assert.Equal(1, server.Requests);
        Assert.StartsWith("The stream from POST /v1/chat/completions broke off before its [DONE] event", ex.Message, StringComparison.Ordinal);
        var span = spans.AssertError("Oai.OaiStreamException");
        Assert.Equal(new[] { "error" }, span.GetTagItem("gen_ai.response.finish_reasons") as string[]);
    }

    [Fact]
    public async Task Headers_that_never_come_end_in_a_timeout_exception_promptly_and_the_connection_closes()
    {
        using var spans = SpanCapture.Start();
        await using var emulator = await FaultEmulator.StartAsync(spans.Model);
        emulator.Enqueue(EmulatorReply.Stall());
        using var client = FaultEmulator.Client(emulator, o => o.Timeout = TimeSpan.FromSeconds(2));

        var clock = Stopwatch.StartNew();
        var ex = await Assert.ThrowsAsync<OaiTimeoutException>(() => client.Chat.Completions.CreateAsync(FaultClients.Request(spans.Model)));
        clock.Stop();

        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(1.9) && clock.Elapsed < TimeSpan.FromSeconds(5), $"expected the 2 s timeout to fire at about 2 s, took {clock.Elapsed}");
        Assert.StartsWith("The call to POST /v1/chat/completions did not complete within the client's timeout of 00:00:02", ex.Message, StringComparison.Ordinal);
        var request = Assert.Single(emulator.Requests);
        Assert.True(await request.ClientLeft.WaitAsync(TimeSpan.FromSeconds(5)), "expected the client to close the connection");
        spans.AssertError("Oai.OaiTimeoutException");
    }
}
