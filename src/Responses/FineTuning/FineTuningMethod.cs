using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.FineTuning;

/// <summary>How a job fine-tunes: <c>supervised</c>, <c>dpo</c> or <c>reinforcement</c>, with that method's settings.</summary>
/// <example><code>Method = FineTuningMethod.CreateSupervised(new FineTuningHyperparameters { NEpochs = 3 })</code></example>
public sealed record FineTuningMethod
{
    /// <summary>Gets the method; the member of the same name carries its settings.</summary>
    [JsonPropertyName("type")]
    public required FineTuningMethodType Type { get; init; }

    /// <summary>Gets the settings when <see cref="Type"/> is <c>supervised</c>.</summary>
    [JsonPropertyName("supervised")]
    public FineTuningMethodSettings? Supervised { get; init; }

    /// <summary>Gets the settings when <see cref="Type"/> is <c>dpo</c>.</summary>
    [JsonPropertyName("dpo")]
    public FineTuningMethodSettings? Dpo { get; init; }

    /// <summary>Gets the settings when <see cref="Type"/> is <c>reinforcement</c>.</summary>
    [JsonPropertyName("reinforcement")]
    public FineTuningMethodSettings? Reinforcement { get; init; }

    /// <summary>Gets the fields this record does not model, kept as sent.</summary>
    // set, not init: the source generator cannot bind [JsonExtensionData] to an init accessor (dotnet/runtime#107898).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Creates a supervised method.</summary>
    /// <param name="hyperparameters">The hyperparameters, or null for the service's defaults.</param>
    /// <returns>The method.</returns>
    public static FineTuningMethod CreateSupervised(FineTuningHyperparameters? hyperparameters = null) =>
        new() { Type = FineTuningMethodType.Supervised, Supervised = new FineTuningMethodSettings { Hyperparameters = hyperparameters } };

    /// <summary>Creates a direct preference optimisation method.</summary>
    /// <param name="hyperparameters">The hyperparameters (<see cref="FineTuningHyperparameters.Beta"/> among them), or null.</param>
    /// <returns>The method.</returns>
    public static FineTuningMethod CreateDpo(FineTuningHyperparameters? hyperparameters = null) =>
        new() { Type = FineTuningMethodType.Dpo, Dpo = new FineTuningMethodSettings { Hyperparameters = hyperparameters } };

    /// <summary>Creates a reinforcement method.</summary>
    /// <param name="grader">The grader object, as JSON.</param>
    /// <param name="hyperparameters">The hyperparameters, or null.</param>
    /// <returns>The method.</returns>
    public static FineTuningMethod CreateReinforcement(JsonElement grader, FineTuningHyperparameters? hyperparameters = null) =>
        new()
        {
            Type = FineTuningMethodType.Reinforcement,
            Reinforcement = new FineTuningMethodSettings { Grader = grader, Hyperparameters = hyperparameters },
        };

    /// <summary>Gets the settings of the method named by <see cref="Type"/>.</summary>
    /// <param name="settings">The settings, when the member named by the type was sent.</param>
    /// <returns>True when the settings are present.</returns>
    public bool TryGetSettings([NotNullWhen(true)] out FineTuningMethodSettings? settings)
    {
        settings = Type.Value switch
        {
            "supervised" => Supervised,
            "dpo" => Dpo,
            "reinforcement" => Reinforcement,
            _ => null,
        };
        return settings is not null;
    }
}
