using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>Structured output: <c>{"type": "json_schema", "name", "schema", "strict"}</c> (flat, unlike chat's nested form).</summary>
public sealed record ResponseJsonSchemaFormat : ResponseTextFormat
{
    /// <summary>Gets the schema's name.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>Gets what the format is for, to help the model respond in it.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>Gets the JSON schema, written exactly as given.</summary>
    [JsonPropertyName("schema")]
    public JsonElement? Schema { get; init; }

    /// <summary>Gets whether the model must follow the schema exactly.</summary>
    [JsonPropertyName("strict")]
    public bool? Strict { get; init; }
}
