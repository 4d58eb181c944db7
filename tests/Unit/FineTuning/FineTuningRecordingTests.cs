using System;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using Oai.FineTuning;
using Oai.UnitTests.Pipeline;
using Oai.UnitTests.TestSupport;
using RichardSzalay.MockHttp;

namespace Oai.UnitTests.FineTuning;

/// <summary>The fine-tuning recordings of openai-dotnet, replayed through the client with exact values.</summary>
public sealed class FineTuningRecordingTests
{
    private const string TrainingFile = "file-MNu4SQN4hf2nJmWVXyv8qW";

    [Fact]
    public async Task MinimalRequiredParams_creates_and_cancels_a_job()
    {
        using var mock = new MockHttpMessageHandler();
        var replay = Replay.Load(mock, "openai-dotnet", "FineTuningClientTests", "MinimalRequiredParams.json");
        using var client = TestClients.Create(mock);

        var job = await client.FineTuning.Jobs.CreateAsync(new FineTuningJobRequest { Model = "gpt-3.5-turbo", TrainingFile = TrainingFile });
        var cancelled = await client.FineTuning.Jobs.CancelAsync(job.Id);

        Assert.Equal("ftjob-GHSN7rot4jyVbB745NTZUtLX", job.Id);
        Assert.Equal(ObjectKind.FineTuningJob, job.Object);
        Assert.Equal("gpt-3.5-turbo-0125", job.Model);
        Assert.Equal(FineTuningJobStatus.ValidatingFiles, job.Status);
        Assert.False(job.IsTerminal);
        Assert.Null(job.Error);
        Assert.False(job.TryGetError(out _), "\"error\": {} on a healthy job must read as no error.");
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1758849622), job.CreatedAt);
        Assert.Null(job.FinishedAt);
        Assert.Null(job.FineTunedModel);
        Assert.Null(job.TrainedTokens);
        Assert.Null(job.Metadata);
        Assert.Empty(job.ResultFiles);
        Assert.Empty(job.Integrations);
        Assert.Equal(2065781162L, job.Seed);
        Assert.Equal("org-PIXDVx5fCtKDRGzfCtB6cjvP", job.OrganizationId);
        Assert.Equal(TrainingFile, job.TrainingFile);
        Assert.True(job.Hyperparameters!.NEpochs!.Value.IsAuto);
        Assert.Equal(FineTuningMethodType.Supervised, job.Method!.Type);
        Assert.True(job.Method.TryGetSettings(out var settings));
        Assert.True(settings.Hyperparameters!.BatchSize!.Value.IsAuto);
        Assert.True(job.AdditionalProperties!.ContainsKey("usage_metrics"), "Unmodelled fields are kept.");

        Assert.Equal(FineTuningJobStatus.Cancelled, cancelled.Status);
        Assert.True(cancelled.IsTerminal);
        Assert.False(cancelled.TryGetFineTunedModel(out _));
        Assert.Null(cancelled.Error);
        Assert.Equal(0, replay.Remaining);
    }

    [Fact]
    public async Task GetJobEvents_reads_the_first_event_page()
    {
        using var mock = new MockHttpMessageHandler();
        var replay = Replay.Load(mock, "openai-dotnet", "FineTuningClientTests", "GetJobEvents.json");
        using var client = TestClients.Create(mock);

        var job = await client.FineTuning.Jobs.CreateAsync(new FineTuningJobRequest { Model = "gpt-3.5-turbo", TrainingFile = TrainingFile });
        await client.FineTuning.Jobs.CancelAsync(job.Id);
        var page = await client.FineTuning.Jobs.ListEventsAsync(job.Id, limit: 1).AsPagesAsync().FirstAsync();

        Assert.Equal("ftjob-jsCxV7QZJdzAOWpAoM4SVawx", job.Id);
        Assert.Equal(1722915021L, job.Seed);
        Assert.True(page.HasMore);
        Assert.Null(page.LastId);
        Assert.True(page.HasNextPage(out var after, e => e.Id), "A page without last_id continues after its last item.");
        Assert.Equal("ftevent-qHwyvbJ5nF1hZ3uS4ljNpGGj", after);
        var item = Assert.Single(page.Data);
        Assert.Equal("ftevent-qHwyvbJ5nF1hZ3uS4ljNpGGj", item.Id);
        Assert.Equal(ObjectKind.FineTuningJobEvent, item.Object);
        Assert.Equal(FineTuningJobEventLevel.Info, item.Level);
        Assert.Equal(FineTuningJobEventType.Message, item.Type);
        Assert.Equal("Validating training file: file-MNu4SQN4hf2nJmWVXyv8qW", item.Message);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1758849620), item.CreatedAt);
        Assert.Equal(JsonValueKind.Object, item.Data!.Value.ValueKind);
        Assert.Equal(0, replay.Remaining);
    }

    [Fact]
    public async Task GetCheckpoints_reads_jobs_and_checkpoint_metrics()
    {
        using var mock = new MockHttpMessageHandler();
        var replay = Replay.Load(mock, "openai-dotnet", "FineTuningClientTests", "GetCheckpoints.json");
        using var client = TestClients.Create(mock);

        var jobs = await client.FineTuning.Jobs.ListAsync(limit: 100).AsPagesAsync().FirstAsync();
        var checkpoints = await client.FineTuning.Jobs.ListCheckpointsAsync("ftjob-JlHszAFOnjdLuFiGT3YBkl08").ToListAsync();

        Assert.Equal(100, jobs.Data.Count);
        Assert.True(jobs.HasMore);
        var first = jobs.Data[0];
        Assert.Equal("ftjob-4BZEij3fAMrJmL4d2w0TKEMA", first.Id);
        Assert.Equal(FineTuningJobStatus.Cancelled, first.Status);
        Assert.Equal("file-1pjT5ZsASwTxBa62G85Vrh", first.ValidationFile);
        Assert.Equal("TestFTJob", first.UserProvidedSuffix);
        Assert.True(first.Hyperparameters!.NEpochs!.Value.TryGetNumber(out var epochs));
        Assert.Equal(1, epochs);
        Assert.Equal(3.0, first.Hyperparameters.LearningRateMultiplier!.Value.Number);
        Assert.Equal(2, first.Method!.Supervised!.Hyperparameters!.BatchSize!.Value.Number);
        var failed = jobs.Data.First(job => job.Status == FineTuningJobStatus.Failed);
        Assert.Equal("ftjob-WAtOqFtbmJZKR3w2vnjeJauO", failed.Id);
        Assert.True(failed.TryGetError(out var error));
        Assert.Equal("deleted_training_file", error.Code);
        Assert.Equal("training_file", error.Param);
        Assert.Equal("The job failed because the training file was deleted", error.Message);
        Assert.All(jobs.Data.Where(job => job.Status != FineTuningJobStatus.Failed), job => Assert.Null(job.Error));

        Assert.Equal(
            ["ftckpt_6b3buMYT7R4nEojlSfhhJECi", "ftckpt_BPfGFFjYT9EbYOT7nYOJjcRN", "ftckpt_6OhgatTMpC0B68vrXbVcZp2V"],
            checkpoints.Select(c => c.Id));
        var latest = checkpoints[0];
        Assert.Equal(ObjectKind.FineTuningJobCheckpoint, latest.Object);
        Assert.Equal("ft:gpt-3.5-turbo-0125:microsoft-openai-sdk-team::C4ZiCljE", latest.FineTunedModelCheckpoint);
        Assert.Equal("ftjob-JlHszAFOnjdLuFiGT3YBkl08", latest.FineTuningJobId);
        Assert.Equal(100L, latest.StepNumber);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1755206615), latest.CreatedAt);
        Assert.Equal(100, latest.Metrics.Step);
        Assert.Equal(4.76837158203125e-06, latest.Metrics.TrainLoss);
        Assert.Equal(1.0, latest.Metrics.TrainMeanTokenAccuracy);
        Assert.Null(latest.Metrics.ValidLoss);
        Assert.Null(latest.Metrics.FullValidMeanTokenAccuracy);
        Assert.Equal(1.180739673145581e-05, checkpoints[1].Metrics.TrainLoss);
        Assert.Equal(80L, checkpoints[2].StepNumber);
        Assert.Equal(0, replay.Remaining);
    }

    [Fact]
    public async Task ExceptionThrownOnInvalidModelName_surfaces_the_400_as_typed_fields()
    {
        using var mock = new MockHttpMessageHandler();
        var replay = Replay.Load(mock, "openai-dotnet", "FineTuningClientTests", "ExceptionThrownOnInvalidModelName.json");
        using var client = TestClients.Create(mock);

        var ex = await Assert.ThrowsAsync<OaiApiException>(() =>
            client.FineTuning.Jobs.CreateAsync(new FineTuningJobRequest { Model = "gpt-nonexistent", TrainingFile = TrainingFile }));

        Assert.Equal(HttpStatusCode.BadRequest, ex.StatusCode);
        Assert.Equal("invalid_request_error", ex.ErrorType);
        Assert.Equal("model_not_available", ex.Code);
        Assert.Null(ex.Param);
        Assert.Equal("Model gpt-nonexistent is not available for fine-tuning or does not exist.", ex.ApiMessage);
        Assert.Equal(0, replay.Remaining);
    }
}
