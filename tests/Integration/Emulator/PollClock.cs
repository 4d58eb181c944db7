using System;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;

namespace Oai.IntegrationTests.Emulator;

/// <summary>A fake clock shared by a client and an emulator, moved in lockstep with the client's polls: it advances by
/// one poll interval only once the client has started waiting that interval, so every poll sees exactly one step.</summary>
internal sealed class PollClock(DateTimeOffset start, TimeSpan interval) : FakeTimeProvider(start)
{
    private readonly Channel<bool> _waits = Channel.CreateUnbounded<bool>();

    public TimeSpan Interval { get; } = interval;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (dueTime == Interval)
        {
            _waits.Writer.TryWrite(true);
        }

        return timer;
    }

    /// <summary>Moves the clock one interval each time the client waits one, until <paramref name="task"/> ends (at most 10 s of real time per poll).</summary>
    public async Task<T> RunAsync<T>(Task<T> task)
    {
        while (!task.IsCompleted)
        {
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            var wait = _waits.Reader.ReadAsync(cts.Token).AsTask();
            if (await Task.WhenAny(wait, task) == task)
            {
                break;
            }

            await wait;
            Advance(Interval);
        }

        return await task;
    }
}
