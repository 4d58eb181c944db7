using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>The name, description and input format of a custom tool.</summary>
public sealed record ChatCustomToolDefinition
{
    /// <summary>Gets the tool's name.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>Gets what the tool does, to help the model choose it.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>Gets the input format; null leaves it to the service (unconstrained text).</summary>
    [JsonPropertyName("format")]
    public ChatCustomToolFormat? Format { get; init; }
}
