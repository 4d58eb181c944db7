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
    private Task<bool>? _next;

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
            // One read kept across calls: a read abandoned when a run ended would swallow the next run's first wait.
            _next ??= _waits.Reader.ReadAsync().AsTask();
            var first = await Task.WhenAny(_next, task, Task.Delay(TimeSpan.FromSeconds(10)));
            if (first == task)
            {
                break;
            }

            if (first != _next)
            {
                throw new TimeoutException("The client did not wait a poll interval on its clock within 10 s.");
            }

            _next = null;
            Advance(Interval);
        }

        return await task;
    }
}
