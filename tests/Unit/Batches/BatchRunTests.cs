using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using Oai.Batches;
using Oai.Chat;
using Oai.UnitTests.Pipeline;

namespace Oai.UnitTests.Batches;

/// <summary>Waiting for a batch and running one end to end: polls on the client's clock, progress on every change,
/// every input answered once (by the output file, the error file, or as not run), cancellation and resumption.</summary>
public sealed class BatchRunTests
{
    private static readonly TimeSpan s_interval = TimeSpan.FromMinutes(1);

    private static ChatCompletionRequest Ask(string text) => new() { Model = "gpt-4o-mini", Messages = [ChatMessage.User(text)] };

    private static async Task<T> RunClockAsync<T>(FakeTimeProvider time, Task<T> task)
    {
        for (var i = 0; i < 500 && !task.IsCompleted; i++)
        {
            await Task.Delay(5);
            time.Advance(s_interval);
        }

        return await task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    private static Task WriteThreeAsync(BatchInputWriter writer) => WriteAsync(writer, "a", "b", "c");

    private static async Task WriteAsync(BatchInputWriter writer, params string[] ids)
    {
        foreach (var id in ids)
        {
            await writer.WriteAsync(id, Ask($"question {id}"));
        }
    }

    [Fact]
    public async Task Wait_polls_on_the_client_clock_and_reports_each_change_once()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        using var service = new ScriptedBatchService(string.Empty, null, "validating", "in_progress", "in_progress", "in_progress", "finalizing", "finalizing", "completed");
        using var client = TestClients.Create(service.Mock, o => o.TimeProvider = time);
        var seen = new List<string>();

        var batch = await RunClockAsync(time, client.Batches.WaitForCompletionAsync("batch_1", s_interval, b =>
        {
            seen.Add($"{b.Status} {b.RequestCounts.Completed}/{b.RequestCounts.Total}");
            return ValueTask.CompletedTask;
        }));

        Assert.Equal(BatchStatus.Completed, batch.Status);
        Assert.Equal(["validating 1/3", "in_progress 1/3", "in_progress 2/3", "in_progress 3/3", "finalizing 1/3", "completed 1/3"], seen);
        Assert.Equal(7, service.Polls);
        Assert.True(time.GetUtcNow() - DateTimeOffset.UnixEpoch >= 6 * s_interval, "Six waits between seven polls, on the client's clock.");
    }

    [Fact]
    public async Task Run_writes_uploads_creates_waits_and_reads_every_result_matched_by_id()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        using var service = new ScriptedBatchService(
            BatchJson.Lines([BatchJson.Success("c", "C"), BatchJson.Success("a", "A")]),
            BatchJson.Lines([BatchJson.Failure("b", 400, "invalid_value", "Bad.")]),
            "in_progress", "completed");
        using var client = TestClients.Create(service.Mock, o => o.TimeProvider = time);
        var results = new List<BatchResult<ChatCompletion>>();
        var progress = new List<string>();
        var dir = Directory.CreateTempSubdirectory("oai-batch-test").FullName;

        var batch = await RunClockAsync(time, client.Batches.RunAsync<ChatCompletion>(
            WriteThreeAsync,
            r =>
            {
                results.Add(r);
                return ValueTask.CompletedTask;
            },
            new BatchRunOptions
            {
                PollInterval = s_interval,
                WorkingDirectory = dir,
                Metadata = new Dictionary<string, string> { ["job"] = "nightly" },
                OnProgress = b =>
                {
                    progress.Add($"{b.Id} {b.Status}");
                    return ValueTask.CompletedTask;
                },
            }));

        Assert.Equal(BatchStatus.Completed, batch.Status);
        Assert.Equal(["batch_1 validating", "batch_1 in_progress", "batch_1 completed"], progress);
        Assert.Equal(
            ["POST files", "POST batches", "GET batches/batch_1 in_progress", "GET batches/batch_1 completed", "GET files/file-out/content", "GET files/file-err/content"],
            service.Log);
        Assert.Contains("""{"custom_id":"b","method":"POST","url":"/v1/chat/completions","body":{"messages":[{"role":"user","content":"question b"}],"model":"gpt-4o-mini"}}""", service.Uploaded, StringComparison.Ordinal);
        Assert.Matches("name=\"?purpose\"?(\r\n[^\r\n]+)*\r\n\r\nbatch\r\n", service.Uploaded);
        Assert.Equal("""{"input_file_id":"file-in","endpoint":"/v1/chat/completions","completion_window":"24h","metadata":{"job":"nightly"}}""", service.CreateBody);
        Assert.Equal(["c", "a", "b"], results.Select(r => r.CustomId));
        Assert.Equal(["C", "A"], results.Take(2).Select(r => r.Body!.Choices[0].Message.Content));
        Assert.Equal("invalid_value", results[2].Error!.Code);
        Assert.Empty(Directory.GetFiles(dir));
    }

    [Fact]
    public async Task Inputs_the_batch_never_answered_are_reported_as_not_run()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        using var service = new ScriptedBatchService(BatchJson.Lines([BatchJson.Success("a", "A")]), null, "expired");
        using var client = TestClients.Create(service.Mock, o => o.TimeProvider = time);
        var results = new List<BatchResult<ChatCompletion>>();

        var batch = await RunClockAsync(time, client.Batches.RunAsync<ChatCompletion>(
            WriteThreeAsync, r => { results.Add(r); return ValueTask.CompletedTask; }, new BatchRunOptions { PollInterval = s_interval }));

        Assert.Equal(BatchStatus.Expired, batch.Status);
        Assert.Equal(["a", "b", "c"], results.Select(r => r.CustomId).Order(StringComparer.Ordinal));
        var notRun = results.Where(r => !r.IsSuccess).ToList();
        Assert.Equal(2, notRun.Count);
        Assert.All(notRun, r =>
        {
            Assert.Equal(BatchesClient.NotRunErrorCode, r.Error!.Code);
            Assert.Equal("The batch ended expired before this request ran.", r.Error.Message);
            Assert.Null(r.StatusCode);
        });
    }

    /// <summary>Starts a run, cancels it once the batch is in progress, and returns the requests the service saw.</summary>
    private static async Task<string[]> CancelledRunAsync(bool cancelBatch)
    {
        using var service = new ScriptedBatchService(string.Empty, null, "in_progress");
        using var client = TestClients.Create(service.Mock);
        using var cts = new CancellationTokenSource();
        var options = new BatchRunOptions
        {
            PollInterval = s_interval,
            CancelBatchOnCancellation = cancelBatch,
            OnProgress = b =>
            {
                if (b.Status == BatchStatus.InProgress)
                {
                    cts.Cancel();
                }

                return ValueTask.CompletedTask;
            },
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            client.Batches.RunAsync<ChatCompletion>(WriteThreeAsync, _ => ValueTask.CompletedTask, options, cts.Token));
        return service.Log.ToArray();
    }

    [Fact]
    public async Task Cancelling_the_run_cancels_the_batch_on_the_service()
    {
        var log = await CancelledRunAsync(cancelBatch: true);

        Assert.Equal(["POST files", "POST batches", "GET batches/batch_1 in_progress", "POST batches/batch_1/cancel"], log);
    }

    [Fact]
    public async Task Cancelling_without_CancelBatchOnCancellation_leaves_the_batch_running()
    {
        var log = await CancelledRunAsync(cancelBatch: false);

        Assert.Equal(["POST files", "POST batches", "GET batches/batch_1 in_progress"], log);
    }

    [Fact]
    public async Task A_resumed_run_writes_nothing_and_reads_the_input_ids_back()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        using var service = new ScriptedBatchService(BatchJson.Lines([BatchJson.Success("b", "B")]), null, "in_progress", "in_progress", "completed");
        service.InputForResume = """{"custom_id":"a","method":"POST","url":"/v1/chat/completions","body":{}}""" + "\n" + """{"custom_id":"b","method":"POST","url":"/v1/chat/completions","body":{}}""" + "\n";
        using var client = TestClients.Create(service.Mock, o => o.TimeProvider = time);
        var results = new List<BatchResult<ChatCompletion>>();

        var batch = await RunClockAsync(time, client.Batches.RunAsync<ChatCompletion>(
            _ => throw new InvalidOperationException("A resumed run writes no input."),
            r => { results.Add(r); return ValueTask.CompletedTask; },
            new BatchRunOptions { ResumeBatchId = "batch_1", PollInterval = s_interval }));

        Assert.Equal(BatchStatus.Completed, batch.Status);
        Assert.DoesNotContain("POST files", service.Log);
        Assert.DoesNotContain("POST batches", service.Log);
        Assert.Equal(["b", "a"], results.Select(r => r.CustomId));
        Assert.Equal(BatchesClient.NotRunErrorCode, results[1].Error!.Code);
    }

    [Fact]
    public async Task A_run_with_no_input_is_refused_before_any_call()
    {
        using var service = new ScriptedBatchService(string.Empty, null, "completed");
        using var client = TestClients.Create(service.Mock);

        var ex = await Assert.ThrowsAsync<ArgumentException>(() =>
            client.Batches.RunAsync<ChatCompletion>(_ => Task.CompletedTask, _ => ValueTask.CompletedTask));

        Assert.Equal("The batch has no input: writeInputs wrote no line. (Parameter 'writeInputs')", ex.Message);
        Assert.Empty(service.Log);
    }
}
