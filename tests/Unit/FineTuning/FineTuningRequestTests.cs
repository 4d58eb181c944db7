using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Oai.FineTuning;
using Oai.UnitTests.Pipeline;
using Oai.UnitTests.TestSupport;
using RichardSzalay.MockHttp;

namespace Oai.UnitTests.FineTuning;

/// <summary>Every fine-tuning call: the method, path and JSON it sends, and the record it reads back.</summary>
public sealed class FineTuningRequestTests
{
    private static (OaiClient Client, Recorder Recorder, MockHttpMessageHandler Mock) Setup(Func<int, string> respond)
    {
        var recorder = new Recorder();
        var mock = new MockHttpMessageHandler();
        recorder.Route(mock.When("*"), n => Recorder.Json(respond(n)));
        return (TestClients.Create(mock), recorder, mock);
    }

    [Fact]
    public async Task Create_sends_every_field_with_auto_and_numeric_hyperparameters()
    {
        var (client, recorder, mock) = Setup(_ => FineTuningJson.Job("validating_files"));
        using var _ = mock;
        using var __ = client;

        var job = await client.FineTuning.Jobs.CreateAsync(new FineTuningJobRequest
        {
            Model = "gpt-4o-mini-2024-07-18",
            TrainingFile = "file-train",
            ValidationFile = "file-valid",
            Suffix = "support",
            Seed = 42,
            Metadata = new Dictionary<string, string> { ["team"] = "search" },
            Hyperparameters = new FineTuningHyperparameters { NEpochs = 3 },
            Method = FineTuningMethod.CreateDpo(new FineTuningHyperparameters
            {
                Beta = 0.1,
                BatchSize = HyperparameterValue.Auto,
                LearningRateMultiplier = 0.5,
            }),
            Integrations = [FineTuningIntegration.CreateWandb(new FineTuningWandbIntegration { Project = "proj", Tags = ["a"] })],
        });

        var sent = Assert.Single(recorder.Requests);
        Assert.Equal("POST /v1/fine_tuning/jobs", $"{sent.Method} {sent.Uri.PathAndQuery}");
        RequestJson.Equal(
            """
            {"model":"gpt-4o-mini-2024-07-18","training_file":"file-train","validation_file":"file-valid","suffix":"support",
             "seed":42,"metadata":{"team":"search"},
             "method":{"type":"dpo","dpo":{"hyperparameters":{"batch_size":"auto","learning_rate_multiplier":0.5,"beta":0.1}}},
             "hyperparameters":{"n_epochs":3},
             "integrations":[{"type":"wandb","wandb":{"project":"proj","tags":["a"]}}]}
            """,
            sent.Body);
        Assert.Equal("application/json", sent.ContentHeaders!.ContentType!.MediaType);
        Assert.Equal("ftjob-1", job.Id);
        Assert.Equal(3, job.Hyperparameters!.NEpochs!.Value.Number);
        Assert.Equal("search", job.Metadata!["team"]);
    }

    [Fact]
    public async Task A_reinforcement_method_sends_its_grader_as_given()
    {
        var (client, recorder, mock) = Setup(_ => FineTuningJson.Job("queued"));
        using var _ = mock;
        using var __ = client;
        using var grader = JsonDocument.Parse("""{"type":"string_check","name":"exact","input":"{{sample.output_text}}","reference":"{{item.answer}}","operation":"eq"}""");

        await client.FineTuning.Jobs.CreateAsync(new FineTuningJobRequest
        {
            Model = "o4-mini",
            TrainingFile = "file-train",
            Method = FineTuningMethod.CreateReinforcement(grader.RootElement, new FineTuningHyperparameters { ReasoningEffort = "low", EvalInterval = 5 }),
        });

        RequestJson.Equal(
            """
            {"model":"o4-mini","training_file":"file-train","method":{"type":"reinforcement","reinforcement":{
              "hyperparameters":{"reasoning_effort":"low","eval_interval":5},
              "grader":{"type":"string_check","name":"exact","input":"{{sample.output_text}}","reference":"{{item.answer}}","operation":"eq"}}}}
            """,
            recorder.Requests[0].Body);
    }

    [Theory]
    [InlineData("retrieve", "GET", "/v1/fine_tuning/jobs/ftjob-1", "running")]
    [InlineData("cancel", "POST", "/v1/fine_tuning/jobs/ftjob-1/cancel", "cancelled")]
    [InlineData("pause", "POST", "/v1/fine_tuning/jobs/ftjob-1/pause", "paused")]
    [InlineData("resume", "POST", "/v1/fine_tuning/jobs/ftjob-1/resume", "running")]
    public async Task Job_actions_use_their_method_and_path_with_no_body(string action, string method, string path, string status)
    {
        var (client, recorder, mock) = Setup(_ => FineTuningJson.Job(status));
        using var _ = mock;
        using var __ = client;
        var jobs = client.FineTuning.Jobs;

        var job = action switch
        {
            "retrieve" => await jobs.RetrieveAsync("ftjob-1"),
            "cancel" => await jobs.CancelAsync("ftjob-1"),
            "pause" => await jobs.PauseAsync("ftjob-1"),
            _ => await jobs.ResumeAsync("ftjob-1"),
        };

        var sent = Assert.Single(recorder.Requests);
        Assert.Equal($"{method} {path}", $"{sent.Method} {sent.Uri.PathAndQuery}");
        Assert.Equal(string.Empty, sent.Body);
        Assert.Equal(new FineTuningJobStatus(status), job.Status);
        Assert.Null(job.Error);
    }

    [Fact]
    public async Task List_sends_the_metadata_filter_and_follows_the_cursor()
    {
        var (client, recorder, mock) = Setup(n => n == 1
            ? $$"""{"object":"list","data":[{{FineTuningJson.Job("running")}}],"has_more":true}"""
            : """{"object":"list","data":[],"has_more":false}""");
        using var _ = mock;
        using var __ = client;

        var jobs = await client.FineTuning.Jobs.ListAsync(limit: 1, metadata: new Dictionary<string, string> { ["team"] = "search & rescue" }).ToListAsync();

        Assert.Equal("ftjob-1", Assert.Single(jobs).Id);
        Assert.Equal(
            ["/v1/fine_tuning/jobs?limit=1&metadata%5Bteam%5D=search%20%26%20rescue", "/v1/fine_tuning/jobs?after=ftjob-1&limit=1&metadata%5Bteam%5D=search%20%26%20rescue"],
            recorder.Requests.Select(r => r.Uri.PathAndQuery));
    }

    [Fact]
    public async Task Events_and_checkpoints_are_listed_per_job_across_pages()
    {
        var (client, recorder, mock) = Setup(n => n switch
        {
            1 => FineTuningJson.Events(true, FineTuningJson.Event("ev-2", "second", 2)),
            2 => FineTuningJson.Events(false, FineTuningJson.Event("ev-1", "first", 1)),
            _ => """
                {"object":"list","data":[{"object":"fine_tuning.job.checkpoint","id":"ckpt-1","created_at":5,"fine_tuned_model_checkpoint":"ft:m:ckpt-step-10",
                 "fine_tuning_job_id":"ftjob-1","step_number":10,"metrics":{"step":10,"train_loss":0.5,"valid_loss":0.6,"valid_mean_token_accuracy":0.7,
                 "full_valid_loss":0.8,"full_valid_mean_token_accuracy":0.9}}],"has_more":false,"first_id":"ckpt-1","last_id":"ckpt-1"}
                """,
        });
        using var _ = mock;
        using var __ = client;

        var events = await client.FineTuning.Jobs.ListEventsAsync("ftjob-1", limit: 1).Select(e => e.Message).ToListAsync();
        var checkpoint = Assert.Single(await client.FineTuning.Jobs.ListCheckpointsAsync("ftjob-1", limit: 5).ToListAsync());

        Assert.Equal(["second", "first"], events);
        Assert.Equal(
            [
                "GET /v1/fine_tuning/jobs/ftjob-1/events?limit=1",
                "GET /v1/fine_tuning/jobs/ftjob-1/events?after=ev-2&limit=1",
                "GET /v1/fine_tuning/jobs/ftjob-1/checkpoints?limit=5",
            ],
            recorder.Requests.Select(r => $"{r.Method} {r.Uri.PathAndQuery}"));
        Assert.Equal(
            new FineTuningCheckpointMetrics { Step = 10, TrainLoss = 0.5, ValidLoss = 0.6, ValidMeanTokenAccuracy = 0.7, FullValidLoss = 0.8, FullValidMeanTokenAccuracy = 0.9 },
            checkpoint.Metrics);
        Assert.Equal("ft:m:ckpt-step-10", checkpoint.FineTunedModelCheckpoint);
    }

    [Fact]
    public async Task A_succeeded_job_names_its_model_and_a_failed_one_its_error()
    {
        var (client, _, mock) = Setup(n => n == 1
            ? FineTuningJson.Job("succeeded", "ft:gpt-4o-mini:org::abc", trainedTokens: 1234)
            : FineTuningJson.Job("failed", error: """{"code":"invalid_training_file","message":"Bad line 3","param":"training_file"}"""));
        using var __ = mock;
        using var ___ = client;

        var succeeded = await client.FineTuning.Jobs.RetrieveAsync("ftjob-1");
        var failed = await client.FineTuning.Jobs.RetrieveAsync("ftjob-1");

        Assert.True(succeeded.TryGetFineTunedModel(out var model));
        Assert.Equal("ft:gpt-4o-mini:org::abc", model);
        Assert.Equal(1234L, succeeded.TrainedTokens);
        Assert.True(succeeded.IsTerminal);
        Assert.False(succeeded.TryGetError(out _));
        Assert.True(failed.TryGetError(out var error));
        Assert.Equal(new FineTuningJobError { Code = "invalid_training_file", Message = "Bad line 3", Param = "training_file" }, error);
        Assert.False(failed.TryGetFineTunedModel(out _));
    }
}
