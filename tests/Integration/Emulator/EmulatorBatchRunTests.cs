using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Oai.Batches;
using Oai.Chat;
using Oai.Emulator;

namespace Oai.IntegrationTests.Emulator;

/// <summary>Waiting for a batch and running one end to end against the emulator, which runs the lines: polls on the
/// client's clock in lockstep with the emulator's, progress on every change, every input answered once (by the output
/// file, the error file, or as not run), cancellation, resumption and expiry.</summary>
public sealed class EmulatorBatchRunTests
{
    private static BatchRunOptions Options(PollClock clock, List<string> progress, Func<Batch, Task>? also = null) => new()
    {
        PollInterval = clock.Interval,
        OnProgress = async batch =>
        {
            progress.Add(BatchRig.Counts(batch));
            if (also is not null)
            {
                await also(batch);
            }
        },
    };

    [Fact]
    public async Task A_run_reads_every_result_matched_by_custom_id_with_the_failed_line_from_the_error_file()
    {
        await using var rig = await BatchRig.StartAsync(TimeSpan.FromMilliseconds(500));
        var results = new List<BatchResult<ChatCompletion>>();
        var progress = new List<string>();
        var dir = Directory.CreateTempSubdirectory("oai-batch-test").FullName;
        var options = Options(rig.Clock, progress);
        options.WorkingDirectory = dir;
        options.Metadata = new Dictionary<string, string> { ["job"] = "nightly" };

        var batch = await rig.Clock.RunAsync(rig.Client.Batches.RunAsync<ChatCompletion>(
            BatchRig.WriteFourAsync, r => { results.Add(r); return ValueTask.CompletedTask; }, options));

        Assert.Equal("completed 3/1/4", BatchRig.Counts(batch));
        Assert.Equal(["validating 0/0/0", "in_progress 1/0/4", "in_progress 2/1/4", "finalizing 3/1/4", "completed 3/1/4"], progress);
        Assert.Equal(new Dictionary<string, string> { ["job"] = "nightly" }, batch.Metadata);
        Assert.Equal(["a", "b", "c", "bad"], results.Select(r => r.CustomId));
        var byId = results.ToDictionary(r => r.CustomId);
        foreach (var id in new[] { "a", "b", "c" })
        {
            Assert.True(byId[id].TryGetBody(out var completion), $"{id} succeeded");
            Assert.Equal($"You said: question {id}", completion.Choices[0].Message.Content);
            Assert.Equal(200, byId[id].StatusCode);
            Assert.StartsWith("batch_req_", byId[id].Id);
        }

        var bad = byId["bad"];
        Assert.False(bad.IsSuccess);
        Assert.Equal(400, bad.StatusCode);
        Assert.Equal((BatchRig.EmptyMessages, "invalid_value", "messages"), (bad.Error!.Message, bad.Error.Code, bad.Error.Param));
        Assert.Empty(Directory.GetFiles(dir));

        var paths = rig.Emulator.Requests.Select(r => $"{r.Method} {r.Path}").ToList();
        Assert.Equal(["POST files", "POST batches"], paths.Take(2));
        Assert.Equal(7, paths.Count(p => p == $"GET batches/{batch.Id}"));
        Assert.Equal([$"GET files/{batch.OutputFileId}/content", $"GET files/{batch.ErrorFileId}/content"], paths.TakeLast(2));
    }

    [Fact]
    public async Task Wait_polls_on_the_client_clock_and_reports_each_change_once()
    {
        await using var rig = await BatchRig.StartAsync(TimeSpan.FromMilliseconds(250));
        var input = Path.Combine(Path.GetTempPath(), $"oai-wait-{Guid.NewGuid():N}.jsonl");
        await using (var writer = BatchInputWriter.Create(input))
        {
            await BatchRig.WriteFourAsync(writer);
        }

        var file = await rig.Client.Files.CreateAsync(input, Oai.Files.FilePurpose.Batch);
        File.Delete(input);
        var created = await rig.Client.Batches.CreateAsync(new BatchRequest { InputFileId = file.Id, Endpoint = BatchEndpoint.ChatCompletions });
        var seen = new List<string>();

        var done = await rig.Clock.RunAsync(rig.Client.Batches.WaitForCompletionAsync(created.Id, rig.Clock.Interval, b =>
        {
            seen.Add(BatchRig.Counts(b));
            return ValueTask.CompletedTask;
        }));

        Assert.Equal(BatchStatus.Completed, done.Status);
        Assert.Equal(["validating 0/0/0", "in_progress 1/0/4", "in_progress 2/0/4", "in_progress 2/1/4", "in_progress 3/1/4", "finalizing 3/1/4", "completed 3/1/4"], seen);
        Assert.Equal(13, rig.Emulator.Requests.Count(r => r.Path == $"batches/{created.Id}"));
        Assert.Equal(BatchRig.Start.AddSeconds(3), rig.Clock.GetUtcNow());
    }

    [Fact]
    public async Task Inputs_a_cancelled_batch_never_ran_are_reported_as_not_run()
    {
        await using var rig = await BatchRig.StartAsync(TimeSpan.FromMilliseconds(500));
        var results = new List<BatchResult<ChatCompletion>>();
        var progress = new List<string>();

        // Someone cancels the batch on the service once its first line has run.
        var options = Options(rig.Clock, progress, async b =>
        {
            if (b.Status == BatchStatus.InProgress)
            {
                await rig.Client.Batches.CancelAsync(b.Id);
            }
        });
        var batch = await rig.Clock.RunAsync(rig.Client.Batches.RunAsync<ChatCompletion>(
            BatchRig.WriteFourAsync, r => { results.Add(r); return ValueTask.CompletedTask; }, options));

        Assert.Equal("cancelled 1/0/4", BatchRig.Counts(batch));
        Assert.Equal(["validating 0/0/0", "in_progress 1/0/4", "cancelling 1/0/4", "cancelled 1/0/4"], progress);
        Assert.Equal("a", results[0].CustomId);
        Assert.Equal("You said: question a", results[0].Body!.Choices[0].Message.Content);
        var notRun = results.Skip(1).ToList();
        Assert.Equal(["b", "bad", "c"], notRun.Select(r => r.CustomId).Order(StringComparer.Ordinal));
        Assert.All(notRun, r =>
        {
            Assert.Equal(BatchesClient.NotRunErrorCode, r.Error!.Code);
            Assert.Equal("The batch ended cancelled before this request ran.", r.Error.Message);
            Assert.Null(r.StatusCode);
        });
    }

    [Fact]
    public async Task Requests_an_expired_batch_never_ran_come_back_from_its_error_file()
    {
        await using var rig = await BatchRig.StartAsync(TimeSpan.FromHours(8), step: TimeSpan.FromHours(16));
        var results = new List<BatchResult<ChatCompletion>>();

        var batch = await rig.Clock.RunAsync(rig.Client.Batches.RunAsync<ChatCompletion>(
            BatchRig.WriteFourAsync, r => { results.Add(r); return ValueTask.CompletedTask; }, new BatchRunOptions { PollInterval = rig.Clock.Interval }));

        Assert.Equal("expired 2/2/4", BatchRig.Counts(batch));
        Assert.Equal(["a", "b", "bad", "c"], results.Select(r => r.CustomId));
        Assert.Equal("invalid_value", results[2].Error!.Code);
        Assert.Equal(("batch_expired", "This request could not be executed before the completion window expired.", (int?)null), (results[3].Error!.Code, results[3].Error!.Message, results[3].StatusCode));
    }

    /// <summary>Starts a run and cancels its token once the batch has the status <paramref name="cancelAt"/>; returns the batch id.</summary>
    private static async Task<string> CancelledRunAsync(BatchRig rig, BatchStatus cancelAt, bool cancelBatch)
    {
        using var cts = new CancellationTokenSource();
        string? batchId = null;
        var options = Options(rig.Clock, [], b =>
        {
            batchId = b.Id;
            if (b.Status == cancelAt)
            {
                cts.Cancel();
            }

            return Task.CompletedTask;
        });
        options.CancelBatchOnCancellation = cancelBatch;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            rig.Clock.RunAsync(rig.Client.Batches.RunAsync<ChatCompletion>(BatchRig.WriteFourAsync, _ => ValueTask.CompletedTask, options, cts.Token)));
        return batchId!;
    }

    [Fact]
    public async Task Cancelling_the_run_cancels_the_batch_on_the_service()
    {
        await using var rig = await BatchRig.StartAsync(TimeSpan.FromMilliseconds(500));

        var batchId = await CancelledRunAsync(rig, BatchStatus.InProgress, cancelBatch: true);

        Assert.Equal($"POST batches/{batchId}/cancel", $"{rig.Emulator.Requests[^1].Method} {rig.Emulator.Requests[^1].Path}");
        Assert.Equal("cancelling 1/0/4", BatchRig.Counts(await rig.Client.Batches.RetrieveAsync(batchId)));
    }

    [Fact]
    public async Task A_run_left_running_is_resumed_by_id_and_reads_the_input_ids_back()
    {
        await using var rig = await BatchRig.StartAsync(TimeSpan.FromMilliseconds(500));
        var batchId = await CancelledRunAsync(rig, BatchStatus.Validating, cancelBatch: false);
        Assert.DoesNotContain(rig.Emulator.Requests, r => r.Path.EndsWith("/cancel", StringComparison.Ordinal));
        var requestsBefore = rig.Emulator.Requests.Count;

        var results = new List<BatchResult<ChatCompletion>>();
        var batch = await rig.Clock.RunAsync(rig.Client.Batches.RunAsync<ChatCompletion>(
            _ => throw new InvalidOperationException("A resumed run writes no input."),
            r => { results.Add(r); return ValueTask.CompletedTask; },
            new BatchRunOptions { ResumeBatchId = batchId, PollInterval = rig.Clock.Interval }));

        Assert.Equal(batchId, batch.Id);
        Assert.Equal("completed 3/1/4", BatchRig.Counts(batch));
        Assert.Equal(["a", "b", "c", "bad"], results.Select(r => r.CustomId));
        var resumed = rig.Emulator.Requests.Skip(requestsBefore).Select(r => $"{r.Method} {r.Path}").ToList();
        Assert.Equal([$"GET batches/{batchId}", $"GET files/{batch.InputFileId}/content"], resumed.Take(2));
        Assert.DoesNotContain("POST files", resumed);
        Assert.DoesNotContain("POST batches", resumed);
    }

    [Fact]
    public async Task A_run_with_no_input_is_refused_before_any_call()
    {
        await using var rig = await BatchRig.StartAsync(TimeSpan.FromMilliseconds(500));

        var ex = await Assert.ThrowsAsync<ArgumentException>(() =>
            rig.Client.Batches.RunAsync<ChatCompletion>(_ => Task.CompletedTask, _ => ValueTask.CompletedTask));

        Assert.Equal("The batch has no input: writeInputs wrote no line. (Parameter 'writeInputs')", ex.Message);
        Assert.Empty(rig.Emulator.Requests);
    }
}
