using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>One output of a code interpreter call: logs (<c>logs</c>) or an image (<c>image</c>).</summary>
public sealed record CodeInterpreterOutput
{
    /// <summary>Gets the kind as sent, <c>logs</c> or <c>image</c>.</summary>
    [JsonPropertyName("type")]
    public string Type { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the logs, or null.</summary>
    [JsonPropertyName("logs")]
    public string? Logs { get; init; }

    /// <summary>Gets the image URL, or null.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; init; }

    /// <summary>Gets the fields this record does not model, kept as sent.</summary>
    // set, not init: the source generator cannot bind [JsonExtensionData] to an init accessor (dotnet/runtime#107898).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
