using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Oai.FineTuning;

/// <summary>The body of a create fine-tuning job request (<c>POST /v1/fine_tuning/jobs</c>).</summary>
/// <remarks>Only what you set is sent; the service checks models, files and ranges and reports what it rejects. See the
/// <see href="https://platform.openai.com/docs/api-reference/fine-tuning/create">API reference</see>.</remarks>
/// <example><code>
/// var request = new FineTuningJobRequest { Model = "gpt-4o-mini-2024-07-18", TrainingFile = file.Id, Suffix = "support" };
/// </code></example>
public sealed record FineTuningJobRequest
{
    /// <summary>Gets the base model to fine-tune, for example <c>gpt-4o-mini-2024-07-18</c>.</summary>
    [JsonPropertyName("model")]
    [JsonPropertyOrder(-2)]
    public required string Model { get; init; }

    /// <summary>Gets the id of an uploaded JSONL file (purpose <c>fine-tune</c>) with the training data.</summary>
    [JsonPropertyName("training_file")]
    [JsonPropertyOrder(-1)]
    public required string TrainingFile { get; init; }

    /// <summary>Gets the id of an uploaded JSONL file with validation data, or null.</summary>
    [JsonPropertyName("validation_file")]
    public string? ValidationFile { get; init; }

    /// <summary>Gets up to 64 characters added to the fine-tuned model's name, or null.</summary>
    [JsonPropertyName("suffix")]
    public string? Suffix { get; init; }

    /// <summary>Gets the seed that makes the job reproducible, or null for one the service picks.</summary>
    [JsonPropertyName("seed")]
    public int? Seed { get; init; }

    /// <summary>Gets up to 16 key-value pairs attached to the job (filterable in <see cref="FineTuningJobsClient.ListAsync"/>).</summary>
    [JsonPropertyName("metadata")]
    public IDictionary<string, string>? Metadata { get; init; }

    /// <summary>Gets the method (supervised, dpo or reinforcement) and its hyperparameters, or null for supervised defaults.</summary>
    [JsonPropertyName("method")]
    public FineTuningMethod? Method { get; init; }

    /// <summary>Gets the top-level hyperparameters (deprecated by the service: prefer <see cref="Method"/>), or null.</summary>
    [JsonPropertyName("hyperparameters")]
    public FineTuningHyperparameters? Hyperparameters { get; init; }

    /// <summary>Gets the integrations to enable (Weights and Biases), or null.</summary>
    [JsonPropertyName("integrations")]
    public IList<FineTuningIntegration>? Integrations { get; init; }
}
