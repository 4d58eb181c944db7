using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>The reasoning settings a response ran with (<c>reasoning</c>).</summary>
public sealed record ResponseReasoningSettings
{
    /// <summary>Gets the reasoning effort, or null when the model does not reason.</summary>
    [JsonPropertyName("effort")]
    public string? Effort { get; init; }

    /// <summary>Gets the summary mode, or null when none was asked for.</summary>
    [JsonPropertyName("summary")]
    public string? Summary { get; init; }

    /// <summary>Gets the fields this record does not model, kept as sent.</summary>
    // set, not init: the source generator cannot bind [JsonExtensionData] to an init accessor (dotnet/runtime#107898).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
