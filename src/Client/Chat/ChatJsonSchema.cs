using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>The <c>json_schema</c> object of a structured-output response format.</summary>
public sealed record ChatJsonSchema
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
