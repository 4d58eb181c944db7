using System;
using System.Diagnostics;
using System.Threading.Tasks;
using Oai.IntegrationTests.Servers;
using Oai.IntegrationTests.Telemetry;

namespace Oai.IntegrationTests.Faults;

/// <summary>Connections that break: before the headers (retried) and in the middle of a stream (not retried).</summary>
[Collection("Telemetry")]
public sealed class ConnectionTests
{
    [Fact]
    public async Task A_connection_reset_before_the_headers_is_retried_and_the_next_attempt_succeeds()
    {
        using var spans = SpanCapture.Start();
        await using var server = await FaultServer.StartAsync(Respond.Abort(), Respond.Completion());
        using var client = FaultClients.Create(server, FaultClients.ShortBackoff);

        var completion = await client.Chat.Completions.CreateAsync(FaultClients.Request(spans.Model));

        Assert.Equal("ok", completion.Choices[0].Message.Content);
        Assert.Equal(2, server.Requests);
        spans.AssertOk();
    }

    [Fact]
    public async Task A_connection_reset_on_every_attempt_is_a_connection_exception()
    {
        using var spans = SpanCapture.Start();
        await using var server = await FaultServer.StartAsync(Respond.Abort());
        using var client = FaultClients.Create(server, FaultClients.ShortBackoff);

        var ex = await Assert.ThrowsAsync<OaiConnectionException>(() => client.Chat.Completions.CreateAsync(FaultClients.Request(spans.Model)));

        Assert.Equal(3, server.Requests);
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
        await using var server = await FaultServer.StartAsync(Respond.NoHeaders());
        using var client = FaultClients.Create(server, o => o.Timeout = TimeSpan.FromSeconds(2));

        var clock = Stopwatch.StartNew();
        var ex = await Assert.ThrowsAsync<OaiTimeoutException>(() => client.Chat.Completions.CreateAsync(FaultClients.Request(spans.Model)));
        clock.Stop();

        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(1.9) && clock.Elapsed < TimeSpan.FromSeconds(5), $"expected the 2 s timeout to fire at about 2 s, took {clock.Elapsed}");
        Assert.StartsWith("The call to POST /v1/chat/completions did not complete within the client's timeout of 00:00:02", ex.Message, StringComparison.Ordinal);
        await server.ClientAborted.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(1, server.Requests);
        spans.AssertError("Oai.OaiTimeoutException");
    }
}
