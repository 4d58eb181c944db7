using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using Oai.Telemetry;

namespace Oai.Batches;

public partial class BatchesClient
{
    /// <summary>The poll interval of <see cref="WaitForCompletionAsync"/> and <see cref="RunAsync{TResponse}"/> when none is given.</summary>
    public static readonly TimeSpan DefaultPollInterval = TimeSpan.FromSeconds(30);

    /// <summary>Polls a batch until it completes, fails, expires or is cancelled, reporting its progress.</summary>
    /// <param name="batchId">The batch id.</param>
    /// <param name="pollInterval">The time between polls on the client's clock, or null for <see cref="DefaultPollInterval"/>.</param>
    /// <param name="onProgress">Called with the batch after the first poll and after every poll that changed its status
    /// or request counts (<see cref="Batch.RequestCounts"/>: completed, failed, total); awaited before polling goes
    /// on. Null to ignore progress.</param>
    /// <param name="cancellationToken">Stops waiting (the batch itself goes on: cancel it with <see cref="CancelAsync"/>).</param>
    /// <returns>The batch in its terminal state. A failed, expired or cancelled batch is returned, not thrown.</returns>
    /// <remarks>The wait is one trace: a <c>batches.wait</c> parent span whose children are the <c>batches.retrieve</c> polls.</remarks>
    /// <exception cref="OperationCanceledException">The token was cancelled while waiting.</exception>
    /// <exception cref="OaiApiException">A poll failed after its retries.</exception>
    public virtual Task<Batch> WaitForCompletionAsync(
        string batchId,
        TimeSpan? pollInterval = null,
        Func<Batch, ValueTask>? onProgress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(batchId);
        var interval = CheckInterval(pollInterval);
        return HelperSpan.RunAsync(
            GenAi.OperationBatchesWait,
            _pipeline.Settings,
            new TagList { { GenAi.OpenAiBatchId, batchId } },
            span => PollAsync(batchId, interval, onProgress, null, span, cancellationToken),
            cancellationToken);
    }

    private static TimeSpan CheckInterval(TimeSpan? pollInterval)
    {
        var interval = pollInterval ?? DefaultPollInterval;
        ArgumentOutOfRangeException.ThrowIfLessThan(interval, TimeSpan.Zero, nameof(pollInterval));
        return interval;
    }

    private async Task<Batch> PollAsync(
        string batchId, TimeSpan interval, Func<Batch, ValueTask>? onProgress, Batch? last, HelperSpan span, CancellationToken cancellationToken)
    {
        while (true)
        {
            var batch = await RetrieveAsync(batchId, cancellationToken: cancellationToken).ConfigureAwait(false);
            BatchesTelemetry.Outcome(batch, span);
            if (onProgress is not null && (last is null || last.Status != batch.Status || last.RequestCounts != batch.RequestCounts))
            {
                await onProgress(batch).ConfigureAwait(false);
            }

            if (batch.IsTerminal)
            {
                return batch;
            }

            last = batch;
            await Task.Delay(interval, _pipeline.Settings.TimeProvider, cancellationToken).ConfigureAwait(false);
        }
    }
}
