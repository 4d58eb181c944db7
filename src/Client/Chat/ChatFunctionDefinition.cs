using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>The name, description and parameter schema of a function tool.</summary>
public sealed record ChatFunctionDefinition
{
    /// <summary>Gets the function's name.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>Gets what the function does, to help the model choose it.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>Gets the JSON schema of the arguments, written exactly as given.</summary>
    [JsonPropertyName("parameters")]
    public JsonElement? Parameters { get; init; }

    /// <summary>Gets whether the model must follow the schema exactly (structured outputs).</summary>
    [JsonPropertyName("strict")]
    public bool? Strict { get; init; }
}
