using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.FineTuning;

/// <summary>An integration enabled for a fine-tuning job; today only <c>wandb</c> (Weights and Biases).</summary>
/// <example><code>Integrations = [FineTuningIntegration.CreateWandb(new FineTuningWandbIntegration { Project = "my-project" })]</code></example>
public sealed record FineTuningIntegration
{
    /// <summary>Gets the integration type, <c>wandb</c>.</summary>
    [JsonPropertyName("type")]
    public required string Type { get; init; }

    /// <summary>Gets the Weights and Biases settings when <see cref="Type"/> is <c>wandb</c>.</summary>
    [JsonPropertyName("wandb")]
    public FineTuningWandbIntegration? Wandb { get; init; }

    /// <summary>Gets the fields this record does not model, kept as sent.</summary>
    // set, not init: the source generator cannot bind [JsonExtensionData] to an init accessor (dotnet/runtime#107898).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Creates a Weights and Biases integration.</summary>
    /// <param name="settings">The project and run settings.</param>
    /// <returns>The integration.</returns>
    public static FineTuningIntegration CreateWandb(FineTuningWandbIntegration settings) => new() { Type = "wandb", Wandb = settings };
}
