using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.FineTuning;

/// <summary>Why a fine-tuning job failed.</summary>
public sealed record FineTuningJobError
{
    /// <summary>Gets the machine-readable code, for example <c>deleted_training_file</c>.</summary>
    [JsonPropertyName("code")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Code { get; init; }

    /// <summary>Gets the human-readable message.</summary>
    [JsonPropertyName("message")]
    public string? Message { get; init; }

    /// <summary>Gets the request parameter the error is about, or null.</summary>
    [JsonPropertyName("param")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Param { get; init; }

    /// <summary>Gets the fields this record does not model, kept as sent.</summary>
    // set, not init: the source generator cannot bind [JsonExtensionData] to an init accessor (dotnet/runtime#107898).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Gets whether the object says nothing: the live service sends <c>"error": {}</c> on healthy jobs.</summary>
    internal bool IsEmpty => Code is null && Message is null && Param is null && AdditionalProperties is not { Count: > 0 };
}
