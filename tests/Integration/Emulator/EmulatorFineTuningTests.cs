using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using Oai.Emulator;
using Oai.Files;
using Oai.FineTuning;

namespace Oai.IntegrationTests.Emulator;

/// <summary>Fine-tuning jobs on the emulator's clock: a fake clock moves them exactly as far as it is advanced.</summary>
public sealed class EmulatorFineTuningTests
{
    private const string Training = """
        {"messages":[{"role":"user","content":"Hi"},{"role":"assistant","content":"Hello"}]}
        {"messages":[{"role":"user","content":"Bye"},{"role":"assistant","content":"Goodbye"}]}
        """;

    private static readonly DateTimeOffset s_start = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    private static async Task<FineTuningJob> CreateJobAsync(OaiClient client, string training = Training)
    {
        var file = await client.Files.CreateAsync(new MemoryStream(Encoding.UTF8.GetBytes(training)), "train.jsonl", FilePurpose.FineTune);
        return await client.FineTuning.Jobs.CreateAsync(new FineTuningJobRequest { Model = "gpt-4o-mini-2024-07-18", TrainingFile = file.Id, Suffix = "demo" });
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_job_moves_through_its_states_with_events_and_checkpoints_as_the_clock_advances(bool inMemory)
    {
        var clock = new FakeTimeProvider(s_start);
        await using var emulator = await Emulators.StartAsync(inMemory, new OaiEmulatorOptions { TimeProvider = clock });
        using var client = Emulators.Client(emulator);
        var jobs = client.FineTuning.Jobs;

        var job = await CreateJobAsync(client);
        Assert.Equal(FineTuningJobStatus.ValidatingFiles, job.Status);
        Assert.Equal(s_start, job.CreatedAt);
        Assert.Equal(
            [$"Validating training file: {job.TrainingFile}", $"Created fine-tuning job: {job.Id}"],
            await jobs.ListEventsAsync(job.Id).Select(e => e.Message).ToListAsync());

        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(FineTuningJobStatus.Queued, (await jobs.RetrieveAsync(job.Id)).Status);

        clock.Advance(TimeSpan.FromSeconds(1));
        var running = await jobs.RetrieveAsync(job.Id);
        Assert.Equal(FineTuningJobStatus.Running, running.Status);
        Assert.Equal(s_start.AddSeconds(14), running.EstimatedFinish);
        Assert.Empty(await jobs.ListCheckpointsAsync(job.Id).ToListAsync());

        clock.Advance(TimeSpan.FromSeconds(4));
        var firstCheckpoint = Assert.Single(await jobs.ListCheckpointsAsync(job.Id).ToListAsync());
        Assert.Equal(4, firstCheckpoint.StepNumber);
        Assert.EndsWith(":ckpt-step-4", firstCheckpoint.FineTunedModelCheckpoint);
        var latest = await jobs.ListEventsAsync(job.Id, limit: 2).AsPagesAsync().FirstAsync();
        Assert.Equal(["Checkpoint created at step 4", "Step 4/12: training loss=0.7358"], latest.Data.Select(e => e.Message));
        Assert.True(latest.HasMore);
        Assert.Equal(FineTuningJobEventType.Metrics, latest.Data[1].Type);
        Assert.Equal(4, latest.Data[1].Data!.Value.GetProperty("step").GetInt32());

        clock.Advance(TimeSpan.FromSeconds(8));
        var done = await jobs.RetrieveAsync(job.Id);
        Assert.Equal(FineTuningJobStatus.Succeeded, done.Status);
        Assert.Equal(s_start.AddSeconds(14), done.FinishedAt);
        Assert.True(done.TryGetFineTunedModel(out var model));
        Assert.StartsWith("ft:gpt-4o-mini-2024-07-18:emulator:demo:", model);
        Assert.Equal([12, 8, 4], await jobs.ListCheckpointsAsync(job.Id).Select(c => c.StepNumber).ToListAsync());
        var events = await jobs.ListEventsAsync(job.Id, limit: 100).ToListAsync();
        Assert.Equal("The job has successfully completed", events[0].Message);
        Assert.Equal(2 + 2 + 12 + 3 + 2, events.Count);

        // The fine-tuned model answers chat from now on.
        var reply = await client.Chat.Completions.CreateAsync(Emulators.Chat("Hi", model: model));
        Assert.Equal(model, reply.Model);
    }

    [Fact]
    public async Task A_bad_training_file_fails_the_job_after_validation()
    {
        var clock = new FakeTimeProvider(s_start);
        await using var emulator = await Emulators.StartAsync(true, new OaiEmulatorOptions { TimeProvider = clock });
        using var client = Emulators.Client(emulator);

        var job = await CreateJobAsync(client, "{\"messages\":[]}\nnot json\n");
        clock.Advance(TimeSpan.FromSeconds(1));
        var failed = await client.FineTuning.Jobs.RetrieveAsync(job.Id);

        Assert.Equal(FineTuningJobStatus.Failed, failed.Status);
        Assert.True(failed.TryGetError(out var error));
        Assert.Equal("invalid_training_file", error.Code);
        Assert.Equal("training_file", error.Param);
        Assert.Equal("Invalid file format. Line 2 is not valid JSON.", error.Message);
        var last = await client.FineTuning.Jobs.ListEventsAsync(job.Id).FirstAsync();
        Assert.Equal(FineTuningJobEventLevel.Error, last.Level);
    }

    [Fact]
    public async Task A_paused_job_stands_still_until_resumed_and_a_cancelled_one_for_good()
    {
        var clock = new FakeTimeProvider(s_start);
        await using var emulator = await Emulators.StartAsync(true, new OaiEmulatorOptions { TimeProvider = clock });
        using var client = Emulators.Client(emulator);
        var jobs = client.FineTuning.Jobs;
        var job = await CreateJobAsync(client);

        var early = await Assert.ThrowsAsync<OaiApiException>(() => jobs.PauseAsync(job.Id));
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);

        clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(FineTuningJobStatus.Paused, (await jobs.PauseAsync(job.Id)).Status);
        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(FineTuningJobStatus.Paused, (await jobs.RetrieveAsync(job.Id)).Status);
        Assert.Equal("Fine-tuning job paused", (await jobs.ListEventsAsync(job.Id).FirstAsync()).Message);

        Assert.Equal(FineTuningJobStatus.Running, (await jobs.ResumeAsync(job.Id)).Status);
        clock.Advance(TimeSpan.FromSeconds(8));
        Assert.Equal(FineTuningJobStatus.Running, (await jobs.RetrieveAsync(job.Id)).Status);
        clock.Advance(TimeSpan.FromSeconds(1));
        var done = await jobs.RetrieveAsync(job.Id);
        Assert.Equal(FineTuningJobStatus.Succeeded, done.Status);
        Assert.Equal(s_start.AddHours(1).AddSeconds(14), done.FinishedAt);

        var second = await CreateJobAsync(client);
        Assert.Equal(FineTuningJobStatus.Cancelled, (await jobs.CancelAsync(second.Id)).Status);
        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(FineTuningJobStatus.Cancelled, (await jobs.RetrieveAsync(second.Id)).Status);
        var again = await Assert.ThrowsAsync<OaiApiException>(() => jobs.CancelAsync(second.Id));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal([second.Id, job.Id], await jobs.ListAsync().Select(j => j.Id).ToListAsync());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Unknown_jobs_files_and_models_are_the_service_errors(bool inMemory)
    {
        await using var emulator = await Emulators.StartAsync(inMemory);
        using var client = Emulators.Client(emulator);

        var job = await Assert.ThrowsAsync<OaiApiException>(() => client.FineTuning.Jobs.RetrieveAsync("ftjob-nope"));
        var file = await Assert.ThrowsAsync<OaiApiException>(() =>
            client.FineTuning.Jobs.CreateAsync(new FineTuningJobRequest { Model = "gpt-4o-mini-2024-07-18", TrainingFile = "file-nope" }));
        var model = await Assert.ThrowsAsync<OaiApiException>(() =>
            client.FineTuning.Jobs.CreateAsync(new FineTuningJobRequest { Model = "gpt-nonexistent", TrainingFile = "file-nope" }));

        Assert.Equal(HttpStatusCode.NotFound, job.StatusCode);
        Assert.Equal("fine_tune_not_found", job.Code);
        Assert.Equal(HttpStatusCode.NotFound, file.StatusCode);
        Assert.Equal("training_file", file.Param);
        Assert.Equal(HttpStatusCode.BadRequest, model.StatusCode);
        Assert.Equal("model_not_available", model.Code);
        Assert.Equal("Model gpt-nonexistent is not available for fine-tuning or does not exist.", model.ApiMessage);
    }

    [Fact]
    public async Task With_a_short_step_a_job_runs_to_the_end_on_the_real_clock()
    {
        await using var emulator = await Emulators.StartAsync(false, new OaiEmulatorOptions { FineTuningStep = TimeSpan.FromMilliseconds(20) });
        using var client = Emulators.Client(emulator);
        var job = await CreateJobAsync(client);

        // 14 steps of 20 ms: the job is done in under a second; the bound is wide for a loaded machine.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!job.IsTerminal && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
            job = await client.FineTuning.Jobs.RetrieveAsync(job.Id);
        }

        Assert.Equal(FineTuningJobStatus.Succeeded, job.Status);
    }
}
