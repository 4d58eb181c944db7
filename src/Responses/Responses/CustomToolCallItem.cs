using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>A call of one of your custom (free-form input) tools (<c>"type": "custom_tool_call"</c>).</summary>
public sealed record CustomToolCallItem : ResponseItem
{
    /// <summary>The discriminator value of this variant.</summary>
    public const string Kind = "custom_tool_call";

    /// <summary>Initializes a new instance with its type set to <c>custom_tool_call</c>.</summary>
    public CustomToolCallItem()
    {
        Type = Kind;
    }

    /// <summary>Gets the call id that the output must name.</summary>
    [JsonPropertyName("call_id")]
    public string CallId { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the tool name.</summary>
    [JsonPropertyName("name")]
    public string Name { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the free-form input the model wrote.</summary>
    [JsonPropertyName("input")]
    public string Input { get; init => field = value ?? string.Empty; } = string.Empty;
}
