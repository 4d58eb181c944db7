using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.FineTuning;

/// <summary>The training and validation metrics at a fine-tuning checkpoint; each is null when not reported.</summary>
public sealed record FineTuningCheckpointMetrics
{
    /// <summary>Gets the training step.</summary>
    [JsonPropertyName("step")]
    public double? Step { get; init; }

    /// <summary>Gets the training loss.</summary>
    [JsonPropertyName("train_loss")]
    public double? TrainLoss { get; init; }

    /// <summary>Gets the training mean token accuracy.</summary>
    [JsonPropertyName("train_mean_token_accuracy")]
    public double? TrainMeanTokenAccuracy { get; init; }

    /// <summary>Gets the validation loss.</summary>
    [JsonPropertyName("valid_loss")]
    public double? ValidLoss { get; init; }

    /// <summary>Gets the validation mean token accuracy.</summary>
    [JsonPropertyName("valid_mean_token_accuracy")]
    public double? ValidMeanTokenAccuracy { get; init; }

    /// <summary>Gets the loss over the whole validation set.</summary>
    [JsonPropertyName("full_valid_loss")]
    public double? FullValidLoss { get; init; }

    /// <summary>Gets the mean token accuracy over the whole validation set.</summary>
    [JsonPropertyName("full_valid_mean_token_accuracy")]
    public double? FullValidMeanTokenAccuracy { get; init; }

    /// <summary>Gets the fields this record does not model (the service also sends <c>type</c>), kept as sent.</summary>
    // set, not init: the source generator cannot bind [JsonExtensionData] to an init accessor (dotnet/runtime#107898).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
