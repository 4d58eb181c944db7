using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>A call of a tool on a remote MCP server (<c>"type": "mcp_call"</c>).</summary>
public sealed record McpCallItem : ResponseItem
{
    /// <summary>The discriminator value of this variant.</summary>
    public const string Kind = "mcp_call";

    /// <summary>Initializes a new instance with its type set to <c>mcp_call</c>.</summary>
    public McpCallItem()
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

    /// <summary>Gets the tool's output, or null.</summary>
    [JsonPropertyName("output")]
    public string? Output { get; init; }

    /// <summary>Gets the error as sent, or null when the call succeeded: the service documents a string and sends an
    /// object (<c>{"type": "http_error", "code": 424, "message": ...}</c>), so it is kept as JSON.</summary>
    [JsonPropertyName("error")]
    public JsonElement? Error { get; init; }

    /// <summary>Gets the id of the approval request that allowed the call, or null.</summary>
    [JsonPropertyName("approval_request_id")]
    public string? ApprovalRequestId { get; init; }

    /// <summary>Gets the state of the call, or null when not sent.</summary>
    [JsonPropertyName("status")]
    public ResponseItemStatus? Status { get; init; }
}
