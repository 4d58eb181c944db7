using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>A built-in tool call changed state: <c>response.web_search_call.searching</c>, <c>response.file_search_call.completed</c>, <c>response.code_interpreter_call.interpreting</c>, <c>response.mcp_call.in_progress</c>, <c>response.mcp_list_tools.completed</c>, <c>response.image_generation_call.generating</c> and their siblings; <see cref="ResponseStreamEvent.Type"/> says which.</summary>
public sealed record ResponseToolCallProgressEvent : ResponseStreamEvent
{
    /// <summary>Gets the id of the output item the event is about.</summary>
    [JsonPropertyName("item_id")]
    public string ItemId { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the index of the output item in the response's output.</summary>
    [JsonPropertyName("output_index")]
    public int OutputIndex { get; init; }
}
