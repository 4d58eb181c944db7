using System;
using System.Linq;
using System.Security.Cryptography;
using System.Text.Json;
using System.Threading.Tasks;
using Oai.Emulator.Core;
using Oai.Emulator.State;
using Oai.FineTuning;

namespace Oai.Emulator.Endpoints;

/// <summary><c>/v1/fine_tuning/jobs</c>: create, list, retrieve, cancel, pause, resume, events and checkpoints; jobs move
/// through validating_files, queued, running and succeeded on the emulator's clock (see <see cref="EmulatedJob"/>).</summary>
internal static class FineTuningEndpoints
{
    private static readonly string[] s_jobNulls =
        ["error", "finished_at", "fine_tuned_model", "trained_tokens", "validation_file", "estimated_finish", "user_provided_suffix"];

    private static readonly string[] s_pageNulls = ["data[].error", "data[].finished_at", "data[].fine_tuned_model", "data[].trained_tokens", "data[].validation_file", "data[].estimated_finish"];

    public static void Map(Router router)
    {
        router.Map("POST", "fine_tuning/jobs", CreateAsync);
        router.Map("GET", "fine_tuning/jobs", ListAsync);
        router.Map("GET", "fine_tuning/jobs/{id}", RetrieveAsync);
        router.Map("POST", "fine_tuning/jobs/{id}/cancel", CancelAsync);
        router.Map("POST", "fine_tuning/jobs/{id}/pause", PauseAsync);
        router.Map("POST", "fine_tuning/jobs/{id}/resume", ResumeAsync);
        router.Map("GET", "fine_tuning/jobs/{id}/events", EventsAsync);
        router.Map("GET", "fine_tuning/jobs/{id}/checkpoints", CheckpointsAsync);
    }

    private static async Task CreateAsync(EndpointContext context)
    {
        var model = context.RequireString("model");
        if (!context.State.IsKnownModel(model) || model.StartsWith("text-embedding", StringComparison.Ordinal))
        {
            throw new EmulatorApiException(400, new ApiError
            {
                Message = $"Model {model} is not available for fine-tuning or does not exist.",
                Type = Errors.InvalidRequest,
                Code = "model_not_available",
            });
        }

        var trainingFile = context.RequireString("training_file");
        var training = context.State.Files.Find(trainingFile) ?? throw Errors.NoSuchFile(trainingFile, "training_file");
        var validationFile = context.Optional("validation_file")?.GetString();
        if (validationFile is not null && context.State.Files.Find(validationFile) is null)
        {
            throw Errors.NoSuchFile(validationFile, "validation_file");
        }

        var method = Read(context.Optional("method"), RecordsJsonContext.Default.FineTuningMethod);
        var hyperparameters = Read(context.Optional("hyperparameters"), RecordsJsonContext.Default.FineTuningHyperparameters)
            ?? (method is not null && method.TryGetSettings(out var settings) ? settings.Hyperparameters : null)
            ?? new FineTuningHyperparameters { NEpochs = HyperparameterValue.Auto, BatchSize = HyperparameterValue.Auto, LearningRateMultiplier = HyperparameterValue.Auto };
        var job = new FineTuningJob
        {
            Id = Ids.New("ftjob-"),
            Model = model,
            Status = FineTuningJobStatus.ValidatingFiles,
            CreatedAt = FileStore.Truncate(context.Now),
            OrganizationId = "org-emulator",
            TrainingFile = trainingFile,
            ValidationFile = validationFile,
            UserProvidedSuffix = context.Optional("suffix")?.GetString(),
            Seed = context.Optional("seed") is { ValueKind: JsonValueKind.Number } seed ? seed.GetInt64() : RandomNumberGenerator.GetInt32(int.MaxValue),
            Hyperparameters = hyperparameters,
            Method = method ?? FineTuningMethod.CreateSupervised(hyperparameters),
            Metadata = Read(context.Optional("metadata"), RecordsJsonContext.Default.IReadOnlyDictionaryStringString),
        };
        var created = context.State.Jobs.Create(job, training.Content);
        await context.WriteJsonAsync(created, RecordsJsonContext.Default.FineTuningJob, s_jobNulls).ConfigureAwait(false);
    }

    private static Task ListAsync(EndpointContext context) =>
        context.WriteJsonAsync(context.State.Jobs.List(context.Query("after"), context.QueryLimit()), RecordsJsonContext.Default.ListPageFineTuningJob, s_pageNulls);

    private static Task RetrieveAsync(EndpointContext context) => WriteJobAsync(context, (job, now) => job.Snapshot(now));

    private static Task CancelAsync(EndpointContext context) => WriteJobAsync(context, (job, now) =>
    {
        var status = job.StatusAt(now);
        if (job.Snapshot(now).IsTerminal)
        {
            throw new EmulatorApiException(400, new ApiError { Message = $"Job has already completed: {job.Id} (status {status}).", Type = Errors.InvalidRequest });
        }

        job.Cancel(now);
        return job.Snapshot(now);
    });

    private static Task PauseAsync(EndpointContext context) => WriteJobAsync(context, (job, now) =>
    {
        var status = job.StatusAt(now);
        if (status != FineTuningJobStatus.Running)
        {
            throw new EmulatorApiException(400, new ApiError { Message = $"Only a running job can be paused; {job.Id} is {status}.", Type = Errors.InvalidRequest });
        }

        job.Pause(now);
        return job.Snapshot(now);
    });

    private static Task ResumeAsync(EndpointContext context) => WriteJobAsync(context, (job, now) =>
    {
        var status = job.StatusAt(now);
        if (status != FineTuningJobStatus.Paused)
        {
            throw new EmulatorApiException(400, new ApiError { Message = $"Only a paused job can be resumed; {job.Id} is {status}.", Type = Errors.InvalidRequest });
        }

        job.Resume(now);
        return job.Snapshot(now);
    });

    private static Task EventsAsync(EndpointContext context)
    {
        var limit = context.QueryLimit();
        var page = context.State.Jobs.With(context.Route("id"), (job, now) =>
            Pages.After(Enumerable.Reverse(job.Events(now)).ToList(), context.Query("after"), limit, item => item.Id));
        return context.WriteJsonAsync(page, RecordsJsonContext.Default.ListPageFineTuningJobEvent);
    }

    private static Task CheckpointsAsync(EndpointContext context)
    {
        var limit = context.QueryLimit(10);
        var page = context.State.Jobs.With(context.Route("id"), (job, now) =>
            Pages.After(Enumerable.Reverse(job.Checkpoints(now)).ToList(), context.Query("after"), limit, item => item.Id));
        return context.WriteJsonAsync(page, RecordsJsonContext.Default.ListPageFineTuningJobCheckpoint, "first_id", "last_id");
    }

    private static Task WriteJobAsync(EndpointContext context, Func<EmulatedJob, DateTimeOffset, FineTuningJob> action) =>
        context.WriteJsonAsync(context.State.Jobs.With(context.Route("id"), action), RecordsJsonContext.Default.FineTuningJob, s_jobNulls);

    private static T? Read<T>(JsonElement? value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo)
        where T : class =>
        value is { ValueKind: JsonValueKind.Object } element ? element.Deserialize(typeInfo) : null;
}
