using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.FineTuning;

/// <summary>The hyperparameters of a fine-tuning job or method; each is <c>"auto"</c> or a number, and null when not set.</summary>
/// <remarks>The same record serves the job's top-level (deprecated) hyperparameters and the <c>supervised</c>, <c>dpo</c>
/// and <c>reinforcement</c> methods; each member says which methods take it. See
/// <see href="https://platform.openai.com/docs/api-reference/fine-tuning/create">the fine-tuning API</see>.</remarks>
public sealed record FineTuningHyperparameters
{
    /// <summary>Gets the number of examples in each batch (every method).</summary>
    [JsonPropertyName("batch_size")]
    public HyperparameterValue? BatchSize { get; init; }

    /// <summary>Gets the learning rate scaling factor (every method).</summary>
    [JsonPropertyName("learning_rate_multiplier")]
    public HyperparameterValue? LearningRateMultiplier { get; init; }

    /// <summary>Gets the number of epochs (every method).</summary>
    [JsonPropertyName("n_epochs")]
    public HyperparameterValue? NEpochs { get; init; }

    /// <summary>Gets the weight of the penalty between the policy and the reference model (<c>dpo</c> only).</summary>
    [JsonPropertyName("beta")]
    public HyperparameterValue? Beta { get; init; }

    /// <summary>Gets the reasoning effort, <c>default</c>, <c>low</c>, <c>medium</c> or <c>high</c> (<c>reinforcement</c> only).</summary>
    [JsonPropertyName("reasoning_effort")]
    public string? ReasoningEffort { get; init; }

    /// <summary>Gets the multiplier on compute used to explore the search space (<c>reinforcement</c> only).</summary>
    [JsonPropertyName("compute_multiplier")]
    public HyperparameterValue? ComputeMultiplier { get; init; }

    /// <summary>Gets the number of training steps between evaluation runs (<c>reinforcement</c> only).</summary>
    [JsonPropertyName("eval_interval")]
    public HyperparameterValue? EvalInterval { get; init; }

    /// <summary>Gets the number of evaluation samples per training step (<c>reinforcement</c> only).</summary>
    [JsonPropertyName("eval_samples")]
    public HyperparameterValue? EvalSamples { get; init; }

    /// <summary>Gets the fields this record does not model, kept as sent.</summary>
    // set, not init: the source generator cannot bind [JsonExtensionData] to an init accessor (dotnet/runtime#107898).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
