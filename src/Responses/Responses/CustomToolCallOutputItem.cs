using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>The result of a custom tool call, sent back as input (<c>"type": "custom_tool_call_output"</c>).</summary>
public sealed record CustomToolCallOutputItem : ResponseItem
{
    /// <summary>The discriminator value of this variant.</summary>
    public const string Kind = "custom_tool_call_output";

    /// <summary>Initializes a new instance with its type set to <c>custom_tool_call_output</c>.</summary>
    public CustomToolCallOutputItem()
    {
        Type = Kind;
    }

    /// <summary>Gets the id of the call this answers.</summary>
    [JsonPropertyName("call_id")]
    public string CallId { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the output text.</summary>
    [JsonPropertyName("output")]
    public string Output { get; init => field = value ?? string.Empty; } = string.Empty;
}
