using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>The tools an MCP server offers, listed by the service (<c>"type": "mcp_list_tools"</c>).</summary>
public sealed record McpListToolsItem : ResponseItem
{
    /// <summary>The discriminator value of this variant.</summary>
    public const string Kind = "mcp_list_tools";

    /// <summary>Initializes a new instance with its type set to <c>mcp_list_tools</c>.</summary>
    public McpListToolsItem()
    {
        Type = Kind;
    }

    /// <summary>Gets the label of the MCP server.</summary>
    [JsonPropertyName("server_label")]
    public string ServerLabel { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the tools; empty when null or absent.</summary>
    [JsonPropertyName("tools")]
    public IReadOnlyList<McpToolInfo> Tools { get; init => field = NullRule.Items(value); } = [];

    /// <summary>Gets the error, or null when listing succeeded.</summary>
    [JsonPropertyName("error")]
    public string? Error { get; init; }
}
