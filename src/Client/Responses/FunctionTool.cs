using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>One of your functions: <c>{"type": "function", "name", "description", "parameters", "strict"}</c>.</summary>
public sealed record FunctionTool : ResponseTool
{
    /// <summary>Initializes a new instance with its type set to <c>function</c>.</summary>
    public FunctionTool()
        : base("function")
    {
    }

    /// <summary>Gets the function's name.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>Gets what the function does.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>Gets the JSON schema of its parameters, written exactly as given.</summary>
    [JsonPropertyName("parameters")]
    public JsonElement? Parameters { get; init; }

    /// <summary>Gets whether the arguments must follow the schema exactly.</summary>
    [JsonPropertyName("strict")]
    public bool? Strict { get; init; }
}
