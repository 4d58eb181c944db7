using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>What <c>POST /responses/input_tokens</c> takes of a <see cref="ResponseRequest"/>: the fields that shape the
/// input, not the generation settings it rejects.</summary>
internal sealed record InputTokensBody(ResponseRequest Request)
{
    [JsonPropertyName("model")]
    public string? Model => Request.Model;

    [JsonPropertyName("input")]
    public ResponseInput? Input => Request.Input;

    [JsonPropertyName("instructions")]
    public string? Instructions => Request.Instructions;

    [JsonPropertyName("previous_response_id")]
    public string? PreviousResponseId => Request.PreviousResponseId;

    [JsonPropertyName("conversation")]
    public string? Conversation => Request.Conversation;

    [JsonPropertyName("tools")]
    public IList<ResponseTool>? Tools => Request.Tools;

    [JsonPropertyName("tool_choice")]
    public ResponseToolChoice? ToolChoice => Request.ToolChoice;

    [JsonPropertyName("parallel_tool_calls")]
    public bool? ParallelToolCalls => Request.ParallelToolCalls;

    [JsonPropertyName("text")]
    public ResponseTextOptions? Text => Request.Text;

    [JsonPropertyName("reasoning")]
    public ResponseReasoningOptions? Reasoning => Request.Reasoning;

    [JsonPropertyName("truncation")]
    public string? Truncation => Request.Truncation;

    [JsonIgnore]
    public ResponseRequest Request { get; } = Request;
}
