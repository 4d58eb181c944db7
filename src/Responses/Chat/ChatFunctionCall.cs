using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>A function name and the JSON arguments the model generated for it.</summary>
/// <remarks>The arguments are not guaranteed to be valid JSON or to match the schema: validate before use.</remarks>
public sealed record ChatFunctionCall
{
    /// <summary>Gets the name of the function.</summary>
    [JsonPropertyName("name")]
    public string Name { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the arguments as the JSON text the model generated.</summary>
    [JsonPropertyName("arguments")]
    public string Arguments { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the fields this record does not model, kept as sent.</summary>
    // set, not init: the source generator cannot bind [JsonExtensionData] to an init accessor (dotnet/runtime#107898).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
