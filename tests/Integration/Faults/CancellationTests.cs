using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using Oai.IntegrationTests.Servers;
using Oai.IntegrationTests.Telemetry;

namespace Oai.IntegrationTests.Faults;

/// <summary>The caller's token at every stage of a call: the call ends promptly with
/// <see cref="OperationCanceledException"/> and the connection closes.</summary>
[Collection("Telemetry")]
public sealed class CancellationTests
{
    private static readonly TimeSpan s_prompt = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task Cancelled_before_send_no_request_reaches_the_server()
    {
        using var spans = SpanCapture.Start();
        await using var server = await FaultServer.StartAsync(Respond.Completion());
        using var client = FaultClients.Create(server);
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => client.Chat.Completions.CreateAsync(FaultClients.Request(spans.Model), cancellationToken: cts.Token));

        Assert.Equal(0, server.Requests);
        spans.AssertError("cancelled");
    }

    [Theory]
    [InlineData("while waiting for the headers")]
    [InlineData("in the middle of a response body")]
    public async Task Cancelled_while_the_server_stalls_ends_promptly_and_closes_the_connection(string stage)
    {
        using var spans = SpanCapture.Start();
        await using var server = await FaultServer.StartAsync(stage.StartsWith("while", StringComparison.Ordinal) ? Respond.NoHeaders() : Respond.HalfBody());
        using var client = FaultClients.Create(server);
        using var cts = new CancellationTokenSource();

        var call = client.Chat.Completions.CreateAsync(FaultClients.Request(spans.Model), cancellationToken: cts.Token);
        await CancelWhenReachedAsync(server, cts, call);

        await server.ClientAborted.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(1, server.Requests);
        spans.AssertError("cancelled");
    }

    [Fact]
    public async Task Cancelled_in_the_middle_of_a_stream_ends_promptly_and_closes_the_connection()
    {
        using var spans = SpanCapture.Start();
        await using var server = await FaultServer.StartAsync(Respond.Stream(StreamEnd.Stall, FaultClients.Chunk("one")));
        using var client = FaultClients.Create(server);
        using var cts = new CancellationTokenSource();

        var received = 0;
        var call = Task.Run(async () =>
        {
            await foreach (var _ in client.Chat.Completions.CreateStreamAsync(FaultClients.Request(spans.Model), cancellationToken: cts.Token))
            {
                received++;
            }
        });
        await CancelWhenReachedAsync(server, cts, call);

        Assert.Equal(1, received);
        await server.ClientAborted.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(1, server.Requests);
        var span = spans.AssertError("cancelled");
        Assert.Equal(new[] { "error" }, span.GetTagItem("gen_ai.response.finish_reasons") as string[]);
    }

    /// <summary>Waits until the server reached its stage (and the bytes it sent had time to land), cancels, and
    /// asserts the call ends with <see cref="OperationCanceledException"/> within <see cref="s_prompt"/>.</summary>
    private static async Task CancelWhenReachedAsync(FaultServer server, CancellationTokenSource cts, Task call)
    {
        await server.Reached.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await Task.Delay(200);
        Assert.False(call.IsCompleted, "expected the call to be waiting on the server when cancelled");

        var clock = Stopwatch.StartNew();
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.True(clock.Elapsed < s_prompt, $"expected the call to end within {s_prompt} of cancelling, took {clock.Elapsed}");
    }
}
