using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using Oai.Telemetry;

namespace Oai.FineTuning;

public partial class FineTuningJobsClient
{
    /// <summary>The poll interval of <see cref="WaitForCompletionAsync"/> when none is given.</summary>
    public static readonly TimeSpan DefaultPollInterval = TimeSpan.FromSeconds(10);

    /// <summary>Polls a job until it succeeds, fails or is cancelled, handing each new event to a callback in order.</summary>
    /// <param name="jobId">The job id.</param>
    /// <param name="pollInterval">The time between polls, or null for <see cref="DefaultPollInterval"/>.</param>
    /// <param name="onEvent">Called once per event, oldest first, with events that appeared since the last poll
    /// (on the first poll, every event so far); awaited before polling goes on. Null to ignore events.</param>
    /// <param name="cancellationToken">Stops waiting (the job itself goes on: cancel it with <see cref="CancelAsync"/>).</param>
    /// <returns>The job in its terminal state; check it with <see cref="FineTuningJob.TryGetFineTunedModel"/> or
    /// <see cref="FineTuningJob.TryGetError"/>. A failed or cancelled job is returned, not thrown.</returns>
    /// <remarks>The whole wait is one <c>fine_tuning.jobs.wait</c> span; each poll is a traced
    /// <c>fine_tuning.jobs.retrieve</c> call plus, with a callback, the <c>fine_tuning.jobs.list_events</c> pages needed
    /// to reach the events already seen, all children of that span.</remarks>
    /// <exception cref="OperationCanceledException">The token was cancelled while waiting.</exception>
    /// <exception cref="OaiApiException">A poll failed after its retries.</exception>
    public virtual Task<FineTuningJob> WaitForCompletionAsync(
        string jobId,
        TimeSpan? pollInterval = null,
        Func<FineTuningJobEvent, ValueTask>? onEvent = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(jobId);
        var interval = pollInterval ?? DefaultPollInterval;
        ArgumentOutOfRangeException.ThrowIfLessThan(interval, TimeSpan.Zero, nameof(pollInterval));

        var tags = new TagList { { GenAi.OpenAiFineTuningJobId, jobId } };
        return HelperSpan.RunAsync(
            GenAi.OperationFineTuningJobsWait,
            _pipeline.Settings,
            tags,
            span => PollAsync(jobId, interval, onEvent, span, cancellationToken),
            cancellationToken);
    }

    private async Task<FineTuningJob> PollAsync(
        string jobId, TimeSpan interval, Func<FineTuningJobEvent, ValueTask>? onEvent, HelperSpan span, CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            var job = await RetrieveAsync(jobId, cancellationToken: cancellationToken).ConfigureAwait(false);
            FineTuningTelemetry.WaitOutcome(job, span);

            // Events are read after the job, so the events that led to a terminal status are delivered before it returns.
            if (onEvent is not null)
            {
                foreach (var newEvent in await NewEventsAsync(jobId, seen, cancellationToken).ConfigureAwait(false))
                {
                    await onEvent(newEvent).ConfigureAwait(false);
                }
            }

            if (job.IsTerminal)
            {
                return job;
            }

            await Task.Delay(interval, _pipeline.Settings.TimeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reads events newest first until one already seen, and returns the new ones oldest first.</summary>
    private async Task<List<FineTuningJobEvent>> NewEventsAsync(string jobId, HashSet<string> seen, CancellationToken cancellationToken)
    {
        var fresh = new List<FineTuningJobEvent>();
        await foreach (var item in ListEventsAsync(jobId, limit: 100, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (seen.Contains(item.Id))
            {
                break;
            }

            fresh.Add(item);
        }

        fresh.Reverse();
        foreach (var item in fresh)
        {
            seen.Add(item.Id);
        }

        return fresh;
    }
}
