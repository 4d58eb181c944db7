using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>Your answer to an <see cref="McpApprovalRequestItem"/>, sent as input (<c>"type": "mcp_approval_response"</c>).</summary>
public sealed record McpApprovalResponseItem : ResponseItem
{
    /// <summary>The discriminator value of this variant.</summary>
    public const string Kind = "mcp_approval_response";

    /// <summary>Initializes a new instance with its type set to <c>mcp_approval_response</c>.</summary>
    public McpApprovalResponseItem()
    {
        Type = Kind;
    }

    /// <summary>Gets the id of the approval request answered.</summary>
    [JsonPropertyName("approval_request_id")]
    public string ApprovalRequestId { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets whether the call is approved.</summary>
    [JsonPropertyName("approve")]
    public bool Approve { get; init; }

    /// <summary>Gets the reason, or null.</summary>
    [JsonPropertyName("reason")]
    public string? Reason { get; init; }
}
