using System;
using System.Threading;
using System.Threading.Tasks;
using Oai.Emulator;

namespace Oai.IntegrationTests.Emulator;

/// <summary><see cref="EmulatorRequest.ClientLeft"/>: whether the client let go of the connection before the answer was
/// complete, in memory and over loopback.</summary>
public sealed class EmulatorClientLeftTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_stream_left_early_is_a_client_that_left(bool inMemory)
    {
        await using var emulator = await Emulators.StartAsync(inMemory);
        using var client = Emulators.Client(emulator);
        emulator.Enqueue(EmulatorReply.Text("one two three") with { StallAfterChunks = 2 });

        await foreach (var _ in client.Chat.Completions.CreateStreamAsync(Emulators.Chat()))
        {
            break;
        }

        Assert.True(await Assert.Single(emulator.Requests).ClientLeft.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_call_cancelled_while_the_emulator_stalls_is_a_client_that_left(bool inMemory)
    {
        await using var emulator = await Emulators.StartAsync(inMemory);
        using var client = Emulators.Client(emulator);
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        emulator.Enqueue(EmulatorReply.Stall() with
        {
            When = _ =>
            {
                reached.TrySetResult();
                return true;
            },
        });
        using var cts = new CancellationTokenSource();

        var call = client.Chat.Completions.CreateAsync(Emulators.Chat(), cancellationToken: cts.Token);
        await reached.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.True(await Assert.Single(emulator.Requests).ClientLeft.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Answers_sent_whole_and_resets_by_the_emulator_are_not(bool inMemory)
    {
        await using var emulator = await Emulators.StartAsync(inMemory);
        using var client = Emulators.Client(emulator);
        emulator.Enqueue(EmulatorReply.Reset());

        await Assert.ThrowsAsync<OaiConnectionException>(() => client.Chat.Completions.CreateAsync(Emulators.Chat()));
        await client.Chat.Completions.CreateAsync(Emulators.Chat());
        await foreach (var _ in client.Chat.Completions.CreateStreamAsync(Emulators.Chat()))
        {
        }

        Assert.Equal(3, emulator.Requests.Count);
        foreach (var request in emulator.Requests)
        {
            Assert.False(await request.ClientLeft.WaitAsync(TimeSpan.FromSeconds(10)), $"{request} was answered by the emulator");
        }
    }
}
