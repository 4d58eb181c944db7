using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.FineTuning;

/// <summary>The Weights and Biases settings of a fine-tuning integration: where the job's metrics are sent.</summary>
public sealed record FineTuningWandbIntegration
{
    /// <summary>Gets the project the run is created under.</summary>
    [JsonPropertyName("project")]
    public required string Project { get; init; }

    /// <summary>Gets the run's display name, or null for the job id.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Gets the team or user the run belongs to, or null for the key's default.</summary>
    [JsonPropertyName("entity")]
    public string? Entity { get; init; }

    /// <summary>Gets the tags attached to the run, or null.</summary>
    [JsonPropertyName("tags")]
    public IReadOnlyList<string>? Tags { get; init => field = NullRule.ItemsOrNull(value); }

    /// <summary>Gets the fields this record does not model, kept as sent.</summary>
    // set, not init: the source generator cannot bind [JsonExtensionData] to an init accessor (dotnet/runtime#107898).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
