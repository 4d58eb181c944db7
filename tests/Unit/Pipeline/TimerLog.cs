using System;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;

namespace Oai.UnitTests.Pipeline;

/// <summary>A fake clock that also reports every timer started on it, so a test can see how long the client chose to
/// wait (a retry backoff, a server's retry hint) and then move the clock by exactly that much.</summary>
internal sealed class TimerLog : FakeTimeProvider
{
    private readonly Channel<TimeSpan> _started = Channel.CreateUnbounded<TimeSpan>();

    public TimerLog()
        : base(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero))
    {
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        // Reported once the timer is registered, so a test that advances the clock at once does not run past it.
        var timer = base.CreateTimer(callback, state, dueTime, period);
        _started.Writer.TryWrite(dueTime);
        return timer;
    }

    /// <summary>Waits (in real time, at most 10 s) for the next timer started on this clock and returns its due time.</summary>
    public async Task<TimeSpan> NextTimerAsync()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            return await _started.Reader.ReadAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException("No timer was started on the client's clock within 10 s: the client did not wait on its TimeProvider.");
        }
    }
}
