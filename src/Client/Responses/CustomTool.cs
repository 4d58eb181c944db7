using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>One of your custom tools, whose input is free text: <c>{"type": "custom", "name", "description", "format"}</c>.</summary>
public sealed record CustomTool : ResponseTool
{
    /// <summary>Initializes a new instance with its type set to <c>custom</c>.</summary>
    public CustomTool()
        : base("custom")
    {
    }

    /// <summary>Gets the tool's name.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>Gets what the tool does.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>Gets the input format (a grammar), written exactly as given; null for free text.</summary>
    [JsonPropertyName("format")]
    public JsonElement? Format { get; init; }
}
