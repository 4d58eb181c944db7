using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>The tool name and input of a custom tool call.</summary>
public sealed record AssistantCustomToolInput
{
    /// <summary>Gets the custom tool's name.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>Gets the input the model generated for the tool.</summary>
    [JsonPropertyName("input")]
    public required string Input { get; init; }
}
