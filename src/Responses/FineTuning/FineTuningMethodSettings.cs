using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.FineTuning;

/// <summary>The settings of one fine-tuning method: its hyperparameters and, for <c>reinforcement</c>, its grader.</summary>
public sealed record FineTuningMethodSettings
{
    /// <summary>Gets the method's hyperparameters, or null for the service's defaults.</summary>
    [JsonPropertyName("hyperparameters")]
    public FineTuningHyperparameters? Hyperparameters { get; init; }

    /// <summary>Gets the grader that scores outputs (<c>reinforcement</c> only, where it is required), as JSON:
    /// <see href="https://platform.openai.com/docs/api-reference/graders">one of the grader objects</see>.</summary>
    [JsonPropertyName("grader")]
    public JsonElement? Grader { get; init; }

    /// <summary>Gets the fields this record does not model, kept as sent.</summary>
    // set, not init: the source generator cannot bind [JsonExtensionData] to an init accessor (dotnet/runtime#107898).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
