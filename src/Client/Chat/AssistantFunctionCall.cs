using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>The function and arguments of a function tool call.</summary>
public sealed record AssistantFunctionCall
{
    /// <summary>Gets the function's name.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>Gets the arguments as the JSON text the model generated, sent unchanged.</summary>
    [JsonPropertyName("arguments")]
    public required string Arguments { get; init; }
}
