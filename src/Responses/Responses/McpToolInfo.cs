using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>A tool an MCP server offers, as listed by an <see cref="McpListToolsItem"/>.</summary>
public sealed record McpToolInfo
{
    /// <summary>Gets the tool name.</summary>
    [JsonPropertyName("name")]
    public string Name { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the description, or null.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>Gets the JSON schema of the tool's input, as sent.</summary>
    [JsonPropertyName("input_schema")]
    public JsonElement? InputSchema { get; init; }

    /// <summary>Gets the fields this record does not model, kept as sent.</summary>
    // set, not init: the source generator cannot bind [JsonExtensionData] to an init accessor (dotnet/runtime#107898).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
