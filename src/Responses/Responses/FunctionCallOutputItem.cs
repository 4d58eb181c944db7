using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>The result of a function call, sent back as input (<c>"type": "function_call_output"</c>).</summary>
public sealed record FunctionCallOutputItem : ToolCallOutputItem
{
    /// <summary>The discriminator value of this variant.</summary>
    public const string Kind = "function_call_output";

    /// <summary>Initializes a new instance with its type set to <c>function_call_output</c>.</summary>
    public FunctionCallOutputItem()
    {
        Type = Kind;
    }

    /// <summary>Gets the state of the item, or null when not sent.</summary>
    [JsonPropertyName("status")]
    [JsonPropertyOrder(1)]
    public ResponseItemStatus? Status { get; init; }
}
