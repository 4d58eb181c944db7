using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.FineTuning;

/// <summary>A fine-tuning job, as creating, retrieving, cancelling, pausing, resuming and listing jobs return it.</summary>
/// <remarks>See <see href="https://platform.openai.com/docs/api-reference/fine-tuning/object">the fine-tuning job
/// object</see>. The live service sends <c>"error": {}</c> on healthy jobs: <see cref="Error"/> reads it as null.</remarks>
public sealed record FineTuningJob
{
    /// <summary>Gets the job id (<c>ftjob-...</c>).</summary>
    [JsonPropertyName("id")]
    public string Id { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the object kind, <see cref="ObjectKind.FineTuningJob"/>.</summary>
    [JsonPropertyName("object")]
    public ObjectKind Object { get; init => field = value.OrDefault(ObjectKind.FineTuningJob); } = ObjectKind.FineTuningJob;

    /// <summary>Gets the base model being fine-tuned, as resolved by the service.</summary>
    [JsonPropertyName("model")]
    public string Model { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the job's state.</summary>
    [JsonPropertyName("status")]
    public FineTuningJobStatus Status { get; init; }

    /// <summary>Gets when the job was created.</summary>
    [JsonPropertyName("created_at")]
    [JsonConverter(typeof(UnixTimeConverter))]
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Gets when the job finished, or null while it runs.</summary>
    [JsonPropertyName("finished_at")]
    [JsonConverter(typeof(NullableUnixTimeConverter))]
    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>Gets when the job is expected to finish, or null when unknown.</summary>
    [JsonPropertyName("estimated_finish")]
    [JsonConverter(typeof(NullableUnixTimeConverter))]
    public DateTimeOffset? EstimatedFinish { get; init; }

    /// <summary>Gets the name of the fine-tuned model, or null until the job succeeds.</summary>
    [JsonPropertyName("fine_tuned_model")]
    public string? FineTunedModel { get; init; }

    /// <summary>Gets why the job failed, or null when it has not (including the service's <c>{}</c>).</summary>
    [JsonPropertyName("error")]
    [JsonConverter(typeof(FineTuningJobErrorConverter))]
    public FineTuningJobError? Error { get; init; }

    /// <summary>Gets the hyperparameters the job uses (deprecated by the service in favour of <see cref="Method"/>).</summary>
    [JsonPropertyName("hyperparameters")]
    public FineTuningHyperparameters? Hyperparameters { get; init; }

    /// <summary>Gets the fine-tuning method and its settings, or null when not sent.</summary>
    [JsonPropertyName("method")]
    public FineTuningMethod? Method { get; init; }

    /// <summary>Gets the ids of the result files; empty when null or absent.</summary>
    [JsonPropertyName("result_files")]
    public IReadOnlyList<string> ResultFiles { get; init => field = NullRule.Items(value); } = [];

    /// <summary>Gets the number of billable tokens processed, or null while the job runs.</summary>
    [JsonPropertyName("trained_tokens")]
    public long? TrainedTokens { get; init; }

    /// <summary>Gets the id of the training file.</summary>
    [JsonPropertyName("training_file")]
    public string TrainingFile { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the id of the validation file, or null.</summary>
    [JsonPropertyName("validation_file")]
    public string? ValidationFile { get; init; }

    /// <summary>Gets the organization that owns the job.</summary>
    [JsonPropertyName("organization_id")]
    public string? OrganizationId { get; init; }

    /// <summary>Gets the seed the job used.</summary>
    [JsonPropertyName("seed")]
    public long? Seed { get; init; }

    /// <summary>Gets the suffix the caller asked for, or null.</summary>
    [JsonPropertyName("user_provided_suffix")]
    public string? UserProvidedSuffix { get; init; }

    /// <summary>Gets the integrations enabled for the job; empty when null or absent.</summary>
    [JsonPropertyName("integrations")]
    public IReadOnlyList<FineTuningIntegration> Integrations { get; init => field = NullRule.Items(value); } = [];

    /// <summary>Gets the caller's metadata, or null when none was set.</summary>
    [JsonPropertyName("metadata")]
    public IReadOnlyDictionary<string, string>? Metadata { get; init; }

    /// <summary>Gets the fields this record does not model, kept as sent.</summary>
    // set, not init: the source generator cannot bind [JsonExtensionData] to an init accessor (dotnet/runtime#107898).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Gets whether the job has finished for good: succeeded, failed or cancelled.</summary>
    [JsonIgnore]
    public bool IsTerminal =>
        Status == FineTuningJobStatus.Succeeded || Status == FineTuningJobStatus.Failed || Status == FineTuningJobStatus.Cancelled;

    /// <summary>Gets whether the job succeeded, and the model it produced.</summary>
    /// <param name="fineTunedModel">The fine-tuned model's name when the job succeeded.</param>
    /// <returns>True when the status is <c>succeeded</c> and the model is named.</returns>
    /// <example><code>if (job.TryGetFineTunedModel(out var model)) { request = request with { Model = model }; }</code></example>
    public bool TryGetFineTunedModel([NotNullWhen(true)] out string? fineTunedModel)
    {
        fineTunedModel = Status == FineTuningJobStatus.Succeeded ? FineTunedModel : null;
        return fineTunedModel is not null;
    }

    /// <summary>Gets whether the job reports an error, and which.</summary>
    /// <param name="error">The error when there is one.</param>
    /// <returns>True when the job carries a non-empty error.</returns>
    public bool TryGetError([NotNullWhen(true)] out FineTuningJobError? error)
    {
        error = Error;
        return error is not null;
    }

    /// <summary>Prints the members a person wants to see (counts for lists, nothing for what is empty), for <c>ToString()</c>.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder) => RecordText.Print(builder, ("Id", Id), ("Object", Object), ("Model", Model), ("Status", Status), ("FineTunedModel", FineTunedModel), ("TrainedTokens", TrainedTokens), ("CreatedAt", CreatedAt), ("FinishedAt", FinishedAt), ("EstimatedFinish", EstimatedFinish), ("Error", Error), ("TrainingFile", TrainingFile), ("ValidationFile", ValidationFile), ("ResultFiles", ResultFiles));
}
