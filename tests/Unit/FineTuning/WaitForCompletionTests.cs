using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using Oai.FineTuning;
using Oai.UnitTests.Pipeline;
using RichardSzalay.MockHttp;

namespace Oai.UnitTests.FineTuning;

/// <summary>Waiting for a job: polls on the client's clock, delivers new events once each in order, stops at a terminal status.</summary>
public sealed class WaitForCompletionTests
{
    private static readonly TimeSpan s_interval = TimeSpan.FromSeconds(30);

    private static readonly string[] s_events =
    [
        FineTuningJson.Event("ev-1", "Validating training file", 1),
        FineTuningJson.Event("ev-2", "Fine-tuning job started", 2),
        FineTuningJson.Event("ev-3", "Step 10/10", 3),
        FineTuningJson.Event("ev-4", "The job has finished", 4),
    ];

    /// <summary>Scripts the job's statuses poll by poll; after the n-th poll's retrieve, the first n+1 events exist (listed newest first, in pages of 2).</summary>
    private static (OaiClient Client, MockHttpMessageHandler Mock, Func<int> Polls) Script(FakeTimeProvider time, params string[] statuses)
    {
        var polls = 0;
        var mock = new MockHttpMessageHandler();
        mock.When(TestClients.BaseUrl + "fine_tuning/jobs/ftjob-1/events*").Respond(request =>
        {
            var visible = s_events[..Math.Min(s_events.Length, polls + 1)];
            Array.Reverse(visible);
            var after = request.RequestUri!.Query.Contains("after=", StringComparison.Ordinal) ? 2 : 0;
            var page = visible[after..Math.Min(visible.Length, after + 2)];
            return Recorder.Json(FineTuningJson.Events(after + 2 < visible.Length, page));
        });
        mock.When(TestClients.BaseUrl + "fine_tuning/jobs/ftjob-1").Respond(_ =>
        {
            var status = statuses[Math.Min(polls, statuses.Length - 1)];
            polls++;
            return status == "failed"
                ? Recorder.Json(FineTuningJson.Job(status, error: """{"code":"invalid_training_file","message":"Bad line 3","param":null}"""))
                : Recorder.Json(FineTuningJson.Job(status, status == "succeeded" ? "ft:gpt-4o-mini:org::abc" : null));
        });
        var client = TestClients.Create(mock, options => options.TimeProvider = time);
        return (client, mock, () => Volatile.Read(ref polls));
    }

    private static async Task<T> RunClockAsync<T>(FakeTimeProvider time, Task<T> task)
    {
        for (var i = 0; i < 500 && !task.IsCompleted; i++)
        {
            await Task.Delay(5);
            time.Advance(s_interval);
        }

        return await task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Running_then_succeeded_returns_the_model_and_each_event_once_in_order()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var (client, mock, polls) = Script(time, "running", "running", "running", "succeeded");
        using var _ = mock;
        using var __ = client;
        var seen = new List<string>();

        var job = await RunClockAsync(time, client.FineTuning.Jobs.WaitForCompletionAsync("ftjob-1", s_interval, e =>
        {
            seen.Add(e.Id);
            return ValueTask.CompletedTask;
        }));

        Assert.True(job.TryGetFineTunedModel(out var model));
        Assert.Equal("ft:gpt-4o-mini:org::abc", model);
        Assert.Equal(["ev-1", "ev-2", "ev-3", "ev-4"], seen);
        Assert.Equal(4, polls());
        Assert.True(time.GetUtcNow() - DateTimeOffset.UnixEpoch >= 3 * s_interval, "Three waits between four polls, on the client's clock.");
    }

    [Fact]
    public async Task Running_then_failed_returns_the_failed_job_with_its_error()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var (client, mock, polls) = Script(time, "running", "failed");
        using var _ = mock;
        using var __ = client;
        var messages = new List<string>();

        var job = await RunClockAsync(time, client.FineTuning.Jobs.WaitForCompletionAsync("ftjob-1", s_interval, e =>
        {
            messages.Add(e.Message);
            return ValueTask.CompletedTask;
        }));

        Assert.Equal(FineTuningJobStatus.Failed, job.Status);
        Assert.True(job.TryGetError(out var error));
        Assert.Equal("invalid_training_file", error.Code);
        Assert.Equal(["Validating training file", "Fine-tuning job started", "Step 10/10"], messages);
        Assert.Equal(2, polls());
    }

    [Fact]
    public async Task Cancelling_stops_the_wait_between_polls()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var (client, mock, polls) = Script(time, "running");
        using var _ = mock;
        using var __ = client;
        using var cts = new CancellationTokenSource();

        var wait = client.FineTuning.Jobs.WaitForCompletionAsync("ftjob-1", s_interval, cancellationToken: cts.Token);
        while (polls() < 1)
        {
            await Task.Delay(5);
        }

        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(1, polls());
    }
}
