using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>A call of one of your functions (<c>"type": "function_call"</c>): run it and send back a <see cref="FunctionCallOutputItem"/>.</summary>
public sealed record FunctionCallItem : ResponseItem
{
    /// <summary>The discriminator value of this variant.</summary>
    public const string Kind = "function_call";

    /// <summary>Initializes a new instance with its type set to <c>function_call</c>.</summary>
    public FunctionCallItem()
    {
        Type = Kind;
    }

    /// <summary>Gets the call id that the output must name.</summary>
    [JsonPropertyName("call_id")]
    public string CallId { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the function name.</summary>
    [JsonPropertyName("name")]
    public string Name { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the arguments, as the JSON text the model wrote.</summary>
    [JsonPropertyName("arguments")]
    public string Arguments { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the state of the item, or null when not sent.</summary>
    [JsonPropertyName("status")]
    public ResponseItemStatus? Status { get; init; }
}
