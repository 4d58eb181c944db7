using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Oai.Batches;
using Oai.Emulator.Core;

namespace Oai.Emulator.State;

/// <summary>The emulator's batches, oldest first. Every read first brings the batches up to the clock: it runs the
/// lines that have come due and writes the result files of the batches that have ended, one reader at a time.</summary>
internal sealed class BatchStore(TimeProvider clock) : IDisposable
{
    private readonly List<EmulatedBatch> _batches = [];
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Runs one line against its endpoint.</summary>
    public delegate Task<LineResult> LineRunner(BatchLine line, CancellationToken cancellationToken);

    /// <summary>Writes an ended batch's result files; returns their ids (null where there is no file).</summary>
    public delegate (string? Output, string? Error) FileWriter(EmulatedBatch batch, DateTimeOffset endedAt);

    public async Task AddAsync(EmulatedBatch batch, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _batches.Add(batch);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Brings every batch up to the clock, then reads them (<paramref name="read"/> gets them newest first).</summary>
    public async Task<T> ReadAsync<T>(LineRunner run, FileWriter write, Func<IReadOnlyList<EmulatedBatch>, DateTimeOffset, T> read, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var now = clock.GetUtcNow();
            foreach (var batch in _batches)
            {
                var due = batch.DueLines(now);
                while (batch.Results.Count < due)
                {
                    batch.Results.Add(await run(batch.Lines[batch.Results.Count], cancellationToken).ConfigureAwait(false));
                }

                if (batch.Files is null && batch.StatusAt(now) != BatchStatus.Failed && batch.EndedAt(now) is { } ended)
                {
                    batch.Files = write(batch, ended);
                }
            }

            var newestFirst = new List<EmulatedBatch>(_batches);
            newestFirst.Reverse();
            return read(newestFirst, now);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Releases the gate (it holds no wait handle unless one was asked for, so this is a formality).</summary>
    public void Dispose() => _gate.Dispose();

    /// <summary>Finds a batch in a read; 404 as the service words it when there is none.</summary>
    public static EmulatedBatch Find(IReadOnlyList<EmulatedBatch> batches, string id)
    {
        foreach (var batch in batches)
        {
            if (batch.Id == id)
            {
                return batch;
            }
        }

        throw new EmulatorApiException(404, new ApiError { Message = $"No batch found with id '{id}'.", Type = Errors.InvalidRequest, Param = "batch_id" });
    }
}
