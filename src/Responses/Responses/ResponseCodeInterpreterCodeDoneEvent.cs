using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>The code of a code interpreter call is complete (<c>response.code_interpreter_call_code.done</c>).</summary>
public sealed record ResponseCodeInterpreterCodeDoneEvent : ResponseStreamEvent
{
    /// <summary>The discriminator value of this variant.</summary>
    public const string Kind = "response.code_interpreter_call_code.done";

    /// <summary>Initializes a new instance with its type set to <c>response.code_interpreter_call_code.done</c>.</summary>
    public ResponseCodeInterpreterCodeDoneEvent()
    {
        Type = Kind;
    }

    /// <summary>Gets the id of the output item the event is about.</summary>
    [JsonPropertyName("item_id")]
    public string ItemId { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the index of the output item in the response's output.</summary>
    [JsonPropertyName("output_index")]
    public int OutputIndex { get; init; }

    /// <summary>Gets the whole code.</summary>
    [JsonPropertyName("code")]
    public string Code { get; init => field = value ?? string.Empty; } = string.Empty;
}
