using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Oai.Files;
using Oai.Telemetry;

namespace Oai.Batches;

public partial class BatchesClient
{
    /// <summary>The error code of the result reported for an input the batch never answered (it expired or was
    /// cancelled before the request ran, and the service listed no line for it).</summary>
    public const string NotRunErrorCode = "not_run";

    /// <summary>Runs a whole batch: writes the input file, uploads it, creates the batch, waits for it, and hands every
    /// result to a callback, each matched to its input by custom id.</summary>
    /// <typeparam name="TResponse">The record of the endpoint the inputs go to (<c>ChatCompletion</c> for chat requests...).</typeparam>
    /// <param name="writeInputs">Writes the requests into the writer it is given (streamed to a temporary file); not
    /// called when <see cref="BatchRunOptions.ResumeBatchId"/> is set.</param>
    /// <param name="onResult">Called once per input, as the results are read from the download stream (successes
    /// first); awaited before the next. An input the batch never answered gets a result whose error code is
    /// <see cref="NotRunErrorCode"/>.</param>
    /// <param name="options">Resume, polling, progress and cancellation settings, or null for the defaults.</param>
    /// <param name="cancellationToken">Stops the run; by default the batch is cancelled on the service too
    /// (<see cref="BatchRunOptions.CancelBatchOnCancellation"/>).</param>
    /// <returns>The batch in its terminal state.</returns>
    /// <remarks>The run is one trace: a <c>batches.run</c> parent span over the upload (<c>files.create</c>), the
    /// <c>batches.create</c>, the <c>batches.retrieve</c> polls and the downloads (<c>files.content</c>). The input
    /// file is deleted locally after the upload, and the uploaded one is left to expire with the batch.</remarks>
    /// <exception cref="ArgumentException"><typeparamref name="TResponse"/> is not an endpoint record, or the writer
    /// rejected a line (a repeated id, a second endpoint or model).</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    /// <exception cref="OaiApiException">A call failed after its retries.</exception>
    public virtual Task<Batch> RunAsync<TResponse>(
        Func<BatchInputWriter, Task> writeInputs,
        Func<BatchResult<TResponse>, ValueTask> onResult,
        BatchRunOptions? options = null,
        CancellationToken cancellationToken = default)
        where TResponse : class
    {
        ArgumentNullException.ThrowIfNull(writeInputs);
        ArgumentNullException.ThrowIfNull(onResult);
        _ = BatchResultReader.BodyType<TResponse>();
        options ??= new BatchRunOptions();
        var interval = CheckInterval(options.PollInterval);
        var tags = new TagList();
        if (options.ResumeBatchId is { } resumed)
        {
            tags.Add(GenAi.OpenAiBatchId, resumed);
        }

        return HelperSpan.RunAsync(
            GenAi.OperationBatchesRun,
            _pipeline.Settings,
            tags,
            span => RunCoreAsync(writeInputs, onResult, options, interval, span, cancellationToken),
            cancellationToken);
    }

    private async Task<Batch> RunCoreAsync<TResponse>(
        Func<BatchInputWriter, Task> writeInputs,
        Func<BatchResult<TResponse>, ValueTask> onResult,
        BatchRunOptions options,
        TimeSpan interval,
        HelperSpan span,
        CancellationToken cancellationToken)
        where TResponse : class
    {
        HashSet<string> pending;
        string batchId;
        Batch? created = null;
        if (options.ResumeBatchId is { } resumeId)
        {
            batchId = resumeId;
            var batch = await RetrieveAsync(resumeId, cancellationToken: cancellationToken).ConfigureAwait(false);
            pending = await InputIdsAsync(batch.InputFileId, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            (created, pending) = await StartAsync(writeInputs, options, cancellationToken).ConfigureAwait(false);
            batchId = created.Id;
        }

        Batch done;
        try
        {
            done = await PollAsync(batchId, interval, options.OnProgress, created, span, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested && options.CancelBatchOnCancellation)
        {
            await CancelAsync(batchId, cancellationToken: CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        await foreach (var result in ReadResultsAsync<TResponse>(done, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            pending.Remove(result.CustomId);
            await onResult(result).ConfigureAwait(false);
        }

        foreach (var customId in pending)
        {
            await onResult(new BatchResult<TResponse>
            {
                CustomId = customId,
                Error = new ApiError { Code = NotRunErrorCode, Message = $"The batch ended {done.Status} before this request ran." },
            }).ConfigureAwait(false);
        }

        return done;
    }

    /// <summary>Writes the input to a temporary file, uploads it and creates the batch.</summary>
    private async Task<(Batch Batch, HashSet<string> Ids)> StartAsync(
        Func<BatchInputWriter, Task> writeInputs, BatchRunOptions options, CancellationToken cancellationToken)
    {
        var path = Path.Combine(options.WorkingDirectory ?? Path.GetTempPath(), $"oai-batch-{Guid.NewGuid():N}.jsonl");
        try
        {
            BatchEndpoint endpoint;
            HashSet<string> ids;
            var writer = BatchInputWriter.Create(path);
            await using (writer.ConfigureAwait(false))
            {
                await writeInputs(writer).ConfigureAwait(false);
                if (writer.Endpoint is not { } written)
                {
                    throw new ArgumentException("The batch has no input: writeInputs wrote no line.", nameof(writeInputs));
                }

                endpoint = written;
                ids = new HashSet<string>(writer.CustomIds, StringComparer.Ordinal);
            }

            var file = await _files.CreateAsync(path, FilePurpose.Batch, cancellationToken: cancellationToken).ConfigureAwait(false);
            var batch = await CreateAsync(
                new BatchRequest { InputFileId = file.Id, Endpoint = endpoint, Metadata = options.Metadata },
                cancellationToken: cancellationToken).ConfigureAwait(false);
            if (options.OnProgress is { } onProgress)
            {
                await onProgress(batch).ConfigureAwait(false);
            }

            return (batch, ids);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Reads the custom ids of a batch's input file back from the service (for a resumed run).</summary>
    private async Task<HashSet<string>> InputIdsAsync(string inputFileId, CancellationToken cancellationToken)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(inputFileId))
        {
            return ids;
        }

        var content = await _files.ContentAsync(inputFileId, cancellationToken: cancellationToken).ConfigureAwait(false);
        await using (content.ConfigureAwait(false))
        {
            await foreach (var line in BatchResultReader.ReadInputIdsAsync(content, cancellationToken).ConfigureAwait(false))
            {
                if (line?.CustomId is { Length: > 0 } id)
                {
                    ids.Add(id);
                }
            }
        }

        return ids;
    }
}
