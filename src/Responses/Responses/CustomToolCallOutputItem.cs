namespace Oai.Responses;

/// <summary>The result of a custom tool call, sent back as input (<c>"type": "custom_tool_call_output"</c>).</summary>
public sealed record CustomToolCallOutputItem : ToolCallOutputItem
{
    /// <summary>The discriminator value of this variant.</summary>
    public const string Kind = "custom_tool_call_output";

    /// <summary>Initializes a new instance with its type set to <c>custom_tool_call_output</c>.</summary>
    public CustomToolCallOutputItem()
    {
        Type = Kind;
    }
}
