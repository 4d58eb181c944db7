using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.FineTuning;

/// <summary>A checkpoint of a fine-tuning job: a model saved at a training step, usable like the final model.</summary>
public sealed record FineTuningJobCheckpoint
{
    /// <summary>Gets the checkpoint id (<c>ftckpt_...</c>).</summary>
    [JsonPropertyName("id")]
    public string Id { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the object kind, <see cref="ObjectKind.FineTuningJobCheckpoint"/>.</summary>
    [JsonPropertyName("object")]
    public ObjectKind Object { get; init => field = value.OrDefault(ObjectKind.FineTuningJobCheckpoint); } = ObjectKind.FineTuningJobCheckpoint;

    /// <summary>Gets when the checkpoint was created.</summary>
    [JsonPropertyName("created_at")]
    [JsonConverter(typeof(UnixTimeConverter))]
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Gets the name of the checkpoint's model.</summary>
    [JsonPropertyName("fine_tuned_model_checkpoint")]
    public string FineTunedModelCheckpoint { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the id of the job the checkpoint belongs to.</summary>
    [JsonPropertyName("fine_tuning_job_id")]
    public string FineTuningJobId { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the training step of the checkpoint.</summary>
    [JsonPropertyName("step_number")]
    public long StepNumber { get; init; }

    /// <summary>Gets the metrics at the checkpoint; empty (all null) when not sent.</summary>
    [JsonPropertyName("metrics")]
    public FineTuningCheckpointMetrics Metrics { get; init => field = value ?? new(); } = new();

    /// <summary>Gets the fields this record does not model, kept as sent.</summary>
    // set, not init: the source generator cannot bind [JsonExtensionData] to an init accessor (dotnet/runtime#107898).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
