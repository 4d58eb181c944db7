using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Oai.Responses;

/// <summary>Dispatches a stream event on its <c>type</c>; an unknown type becomes <see cref="UnknownResponseStreamEvent"/>.</summary>
internal sealed class ResponseStreamEventConverter : UnionConverter<ResponseStreamEvent>
{
    protected override JsonTypeInfo? Variant(string? type) => type switch
    {
        ResponseCreatedEvent.Kind => RecordsJsonContext.Default.ResponseCreatedEvent,
        ResponseQueuedEvent.Kind => RecordsJsonContext.Default.ResponseQueuedEvent,
        ResponseInProgressEvent.Kind => RecordsJsonContext.Default.ResponseInProgressEvent,
        ResponseCompletedEvent.Kind => RecordsJsonContext.Default.ResponseCompletedEvent,
        ResponseFailedEvent.Kind => RecordsJsonContext.Default.ResponseFailedEvent,
        ResponseIncompleteEvent.Kind => RecordsJsonContext.Default.ResponseIncompleteEvent,
        ResponseOutputItemAddedEvent.Kind => RecordsJsonContext.Default.ResponseOutputItemAddedEvent,
        ResponseOutputItemDoneEvent.Kind => RecordsJsonContext.Default.ResponseOutputItemDoneEvent,
        ResponseContentPartAddedEvent.Kind => RecordsJsonContext.Default.ResponseContentPartAddedEvent,
        ResponseContentPartDoneEvent.Kind => RecordsJsonContext.Default.ResponseContentPartDoneEvent,
        ResponseOutputTextDeltaEvent.Kind => RecordsJsonContext.Default.ResponseOutputTextDeltaEvent,
        ResponseOutputTextDoneEvent.Kind => RecordsJsonContext.Default.ResponseOutputTextDoneEvent,
        ResponseOutputTextAnnotationAddedEvent.Kind => RecordsJsonContext.Default.ResponseOutputTextAnnotationAddedEvent,
        ResponseRefusalDeltaEvent.Kind => RecordsJsonContext.Default.ResponseRefusalDeltaEvent,
        ResponseRefusalDoneEvent.Kind => RecordsJsonContext.Default.ResponseRefusalDoneEvent,
        ResponseFunctionCallArgumentsDeltaEvent.Kind => RecordsJsonContext.Default.ResponseFunctionCallArgumentsDeltaEvent,
        ResponseFunctionCallArgumentsDoneEvent.Kind => RecordsJsonContext.Default.ResponseFunctionCallArgumentsDoneEvent,
        ResponseReasoningSummaryPartAddedEvent.Kind => RecordsJsonContext.Default.ResponseReasoningSummaryPartAddedEvent,
        ResponseReasoningSummaryPartDoneEvent.Kind => RecordsJsonContext.Default.ResponseReasoningSummaryPartDoneEvent,
        ResponseReasoningSummaryTextDeltaEvent.Kind => RecordsJsonContext.Default.ResponseReasoningSummaryTextDeltaEvent,
        ResponseReasoningSummaryTextDoneEvent.Kind => RecordsJsonContext.Default.ResponseReasoningSummaryTextDoneEvent,
        ResponseReasoningTextDeltaEvent.Kind => RecordsJsonContext.Default.ResponseReasoningTextDeltaEvent,
        ResponseReasoningTextDoneEvent.Kind => RecordsJsonContext.Default.ResponseReasoningTextDoneEvent,
        ResponseCodeInterpreterCodeDeltaEvent.Kind => RecordsJsonContext.Default.ResponseCodeInterpreterCodeDeltaEvent,
        ResponseCodeInterpreterCodeDoneEvent.Kind => RecordsJsonContext.Default.ResponseCodeInterpreterCodeDoneEvent,
        ResponseMcpCallArgumentsDeltaEvent.Kind => RecordsJsonContext.Default.ResponseMcpCallArgumentsDeltaEvent,
        ResponseMcpCallArgumentsDoneEvent.Kind => RecordsJsonContext.Default.ResponseMcpCallArgumentsDoneEvent,
        ResponseCustomToolCallInputDeltaEvent.Kind => RecordsJsonContext.Default.ResponseCustomToolCallInputDeltaEvent,
        ResponseCustomToolCallInputDoneEvent.Kind => RecordsJsonContext.Default.ResponseCustomToolCallInputDoneEvent,
        ResponseErrorEvent.Kind => RecordsJsonContext.Default.ResponseErrorEvent,
        _ when IsToolCallProgress(type) => RecordsJsonContext.Default.ResponseToolCallProgressEvent,
        _ => null,
    };

    protected override ResponseStreamEvent Unknown(JsonElement raw) => new UnknownResponseStreamEvent
    {
        Type = UnionJson.GetString(raw, "type") ?? string.Empty,
        SequenceNumber = raw.ValueKind == JsonValueKind.Object && raw.TryGetProperty("sequence_number", out var number) && number.TryGetInt64(out var value) ? value : 0,
        Raw = raw,
    };

    protected override JsonElement? Raw(ResponseStreamEvent value) => value is UnknownResponseStreamEvent unknown ? unknown.Raw : null;

    protected override string TypeOf(ResponseStreamEvent value) => value.Type;

    /// <summary>The state changes of built-in tool calls: <c>response.{tool}.{state}</c>, all with the same shape.</summary>
    private static bool IsToolCallProgress(string? type) => type switch
    {
        "response.web_search_call.in_progress" or "response.web_search_call.searching" or "response.web_search_call.completed" => true,
        "response.file_search_call.in_progress" or "response.file_search_call.searching" or "response.file_search_call.completed" => true,
        "response.code_interpreter_call.in_progress" or "response.code_interpreter_call.interpreting" or "response.code_interpreter_call.completed" => true,
        "response.mcp_call.in_progress" or "response.mcp_call.completed" or "response.mcp_call.failed" => true,
        "response.mcp_list_tools.in_progress" or "response.mcp_list_tools.completed" or "response.mcp_list_tools.failed" => true,
        "response.image_generation_call.in_progress" or "response.image_generation_call.generating" or "response.image_generation_call.completed" => true,
        _ => false,
    };
}
