using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>The result of a function call, sent back as input (<c>"type": "function_call_output"</c>).</summary>
public sealed record FunctionCallOutputItem : ResponseItem
{
    /// <summary>The discriminator value of this variant.</summary>
    public const string Kind = "function_call_output";

    /// <summary>Initializes a new instance with its type set to <c>function_call_output</c>.</summary>
    public FunctionCallOutputItem()
    {
        Type = Kind;
    }

    /// <summary>Gets the id of the call this answers.</summary>
    [JsonPropertyName("call_id")]
    public string CallId { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the output text (often JSON).</summary>
    [JsonPropertyName("output")]
    public string Output { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the state of the item, or null when not sent.</summary>
    [JsonPropertyName("status")]
    public ResponseItemStatus? Status { get; init; }
}
