using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using Oai.Emulator;
using Oai.IntegrationTests.Servers;
using Oai.IntegrationTests.Telemetry;

namespace Oai.IntegrationTests.Faults;

/// <summary>The caller's token at every stage of a call: the call ends promptly with
/// <see cref="OperationCanceledException"/> and the connection closes.</summary>
/// <remarks>On the emulator, except a body cut in half: headers announcing the full length and half the bytes sent are
/// raw bytes the emulator never writes, so that case stays on the raw fault server.</remarks>
[Collection("Telemetry")]
public sealed class CancellationTests
{
    private static readonly TimeSpan s_prompt = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Cancelled_before_send_no_request_reaches_the_server()
    {
        using var spans = SpanCapture.Start();
        await using var emulator = await FaultEmulator.StartAsync(spans.Model);
        emulator.Enqueue(EmulatorReply.Text("ok"));
        using var client = FaultEmulator.Client(emulator);
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => client.Chat.Completions.CreateAsync(FaultClients.Request(spans.Model), cancellationToken: cts.Token));

        Assert.Empty(emulator.Requests);
        spans.AssertError("cancelled");
    }

    [Fact]
    public async Task Cancelled_while_waiting_for_the_headers_ends_promptly_and_closes_the_connection()
    {
        using var spans = SpanCapture.Start();
        await using var emulator = await FaultEmulator.StartAsync(spans.Model);
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        emulator.Enqueue(EmulatorReply.Stall() with
        {
            When = _ =>
            {
                reached.TrySetResult(); // the emulator took the request and stalls from here on
                return true;
            },
        });
        using var client = FaultEmulator.Client(emulator);
        using var cts = new CancellationTokenSource();

        var call = client.Chat.Completions.CreateAsync(FaultClients.Request(spans.Model), cancellationToken: cts.Token);
        await CancelWhenReachedAsync(reached.Task, cts, call);

        var request = Assert.Single(emulator.Requests);
        Assert.True(await request.ClientLeft.WaitAsync(TimeSpan.FromSeconds(5)), "expected the client to close the connection");
        spans.AssertError("cancelled");
    }

    [Fact]
    public async Task Cancelled_in_the_middle_of_a_response_body_ends_promptly_and_closes_the_connection()
    {
        using var spans = SpanCapture.Start();
        await using var server = await FaultServer.StartAsync(Respond.HalfBody());
        using var client = FaultClients.Create(server);
        using var cts = new CancellationTokenSource();

        var call = client.Chat.Completions.CreateAsync(FaultClients.Request(spans.Model), cancellationToken: cts.Token);
        await CancelWhenReachedAsync(server.Reached.Task, cts, call);

        await server.ClientAborted.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(1, server.Requests);
        spans.AssertError("cancelled");
    }

    [Fact]
    public async Task Cancelled_in_the_middle_of_a_stream_ends_promptly_and_closes_the_connection()
    {
        using var spans = SpanCapture.Start();
        await using var emulator = await FaultEmulator.StartAsync(spans.Model);

        // One chunk (the assistant's role), then silence with the connection open.
        emulator.Enqueue(EmulatorReply.Text("one two") with { StallAfterChunks = 1 });
        using var client = FaultEmulator.Client(emulator);
        using var cts = new CancellationTokenSource();
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var received = 0;
        var call = Task.Run(async () =>
        {
            await foreach (var _ in client.Chat.Completions.CreateStreamAsync(FaultClients.Request(spans.Model), cancellationToken: cts.Token))
            {
                received++;
                reached.TrySetResult();
            }
        });
        await CancelWhenReachedAsync(reached.Task, cts, call);

        Assert.Equal(1, received);
        var request = Assert.Single(emulator.Requests);
        Assert.True(await request.ClientLeft.WaitAsync(TimeSpan.FromSeconds(5)), "expected the client to close the connection");
        var span = spans.AssertError("cancelled");
        Assert.Equal(new[] { "error" }, span.GetTagItem("gen_ai.response.finish_reasons") as string[]);
    }

    /// <summary>Waits until the server reached its stage (and the bytes it sent had time to land), cancels, and
    /// asserts the call ends with <see cref="OperationCanceledException"/> within <see cref="s_prompt"/>.</summary>
    private static async Task CancelWhenReachedAsync(Task reached, CancellationTokenSource cts, Task call)
    {
        await reached.WaitAsync(TimeSpan.FromSeconds(10));
        await Task.Delay(200);
        Assert.False(call.IsCompleted, "expected the call to be waiting on the server when cancelled");

        var clock = Stopwatch.StartNew();
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.True(clock.Elapsed < s_prompt, $"expected the call to end within {s_prompt} of cancelling, took {clock.Elapsed}");
    }
}
