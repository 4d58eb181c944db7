using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>A remote MCP server whose tools the model may call.</summary>
public sealed record McpTool : ResponseTool
{
    /// <summary>Initializes a new instance with its type set to <c>mcp</c>.</summary>
    public McpTool()
        : base("mcp")
    {
    }

    /// <summary>Gets a label for the server, named in its calls.</summary>
    [JsonPropertyName("server_label")]
    public required string ServerLabel { get; init; }

    /// <summary>Gets the server's URL.</summary>
    [JsonPropertyName("server_url")]
    public string? ServerUrl { get; init; }

    /// <summary>Gets a service connector's id, instead of a URL.</summary>
    [JsonPropertyName("connector_id")]
    public string? ConnectorId { get; init; }

    /// <summary>Gets what the server does.</summary>
    [JsonPropertyName("server_description")]
    public string? ServerDescription { get; init; }

    /// <summary>Gets the only tools the model may call, or null for all.</summary>
    [JsonPropertyName("allowed_tools")]
    public IList<string>? AllowedTools { get; init; }

    /// <summary>Gets <c>always</c> or <c>never</c>; a per-tool policy goes in <see cref="ResponseTool.AdditionalProperties"/>.</summary>
    [JsonPropertyName("require_approval")]
    public string? RequireApproval { get; init; }

    /// <summary>Gets headers sent to the server (authorization, for example).</summary>
    [JsonPropertyName("headers")]
    public IDictionary<string, string>? Headers { get; init; }
}
