using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>A request for your approval before an MCP tool is called (<c>"type": "mcp_approval_request"</c>).</summary>
public sealed record McpApprovalRequestItem : ResponseItem
{
    /// <summary>The discriminator value of this variant.</summary>
    public const string Kind = "mcp_approval_request";

    /// <summary>Initializes a new instance with its type set to <c>mcp_approval_request</c>.</summary>
    public McpApprovalRequestItem()
    {
        Type = Kind;
    }

    /// <summary>Gets the label of the MCP server.</summary>
    [JsonPropertyName("server_label")]
    public string ServerLabel { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the tool name.</summary>
    [JsonPropertyName("name")]
    public string Name { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the arguments, as JSON text.</summary>
    [JsonPropertyName("arguments")]
    public string Arguments { get; init => field = value ?? string.Empty; } = string.Empty;
}
