using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>A <c>custom</c> tool: a tool whose input is free text or constrained by a grammar.</summary>
public sealed record ChatCustomTool : ChatTool
{
    /// <summary>Gets the tool's definition.</summary>
    [JsonPropertyName("custom")]
    public new required ChatCustomToolDefinition Custom { get; init; }
}
