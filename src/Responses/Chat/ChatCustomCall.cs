using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Responses.Chat;

/// <summary>A custom tool name and the free-form input the model generated for it.</summary>
public sealed record ChatCustomCall
{
    /// <summary>Gets the name of the custom tool.</summary>
    [JsonPropertyName("name")]
    [JsonConverter(typeof(NullAsEmptyStringConverter))]
    public string Name { get; init; } = string.Empty;

    /// <summary>Gets the input the model generated.</summary>
    [JsonPropertyName("input")]
    [JsonConverter(typeof(NullAsEmptyStringConverter))]
    public string Input { get; init; } = string.Empty;

    /// <summary>Gets the fields this record does not model, kept as sent.</summary>
    // set, not init: the source generator cannot bind [JsonExtensionData] to an init accessor (dotnet/runtime#107898).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
