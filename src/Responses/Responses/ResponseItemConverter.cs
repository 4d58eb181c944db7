using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Oai.Responses;

/// <summary>Dispatches an item on its <c>type</c>; an unknown type becomes <see cref="UnknownResponseItem"/>.</summary>
internal sealed class ResponseItemConverter : UnionConverter<ResponseItem>
{
    protected override JsonTypeInfo? Variant(string? type) => type switch
    {
        MessageItem.Kind => RecordsJsonContext.Default.MessageItem,
        FunctionCallItem.Kind => RecordsJsonContext.Default.FunctionCallItem,
        FunctionCallOutputItem.Kind => RecordsJsonContext.Default.FunctionCallOutputItem,
        CustomToolCallItem.Kind => RecordsJsonContext.Default.CustomToolCallItem,
        CustomToolCallOutputItem.Kind => RecordsJsonContext.Default.CustomToolCallOutputItem,
        ReasoningItem.Kind => RecordsJsonContext.Default.ReasoningItem,
        WebSearchCallItem.Kind => RecordsJsonContext.Default.WebSearchCallItem,
        FileSearchCallItem.Kind => RecordsJsonContext.Default.FileSearchCallItem,
        CodeInterpreterCallItem.Kind => RecordsJsonContext.Default.CodeInterpreterCallItem,
        ImageGenerationCallItem.Kind => RecordsJsonContext.Default.ImageGenerationCallItem,
        McpCallItem.Kind => RecordsJsonContext.Default.McpCallItem,
        McpListToolsItem.Kind => RecordsJsonContext.Default.McpListToolsItem,
        McpApprovalRequestItem.Kind => RecordsJsonContext.Default.McpApprovalRequestItem,
        McpApprovalResponseItem.Kind => RecordsJsonContext.Default.McpApprovalResponseItem,
        _ => null,
    };

    protected override ResponseItem Unknown(JsonElement raw) => new UnknownResponseItem
    {
        Id = UnionJson.GetString(raw, "id"),
        Type = UnionJson.GetString(raw, "type") ?? string.Empty,
        Raw = raw,
    };

    protected override JsonElement? Raw(ResponseItem value) => value is UnknownResponseItem unknown ? unknown.Raw : null;

    protected override string TypeOf(ResponseItem value) => value.Type;
}
