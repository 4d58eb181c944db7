using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>One of the completions the model generated (more than one when the request set <c>n</c>).</summary>
public sealed record ChatChoice
{
    /// <summary>Gets the index of the choice in the list of choices.</summary>
    [JsonPropertyName("index")]
    public int Index { get; init; }

    /// <summary>Gets the message the model generated.</summary>
    [JsonPropertyName("message")]
    public ChatCompletionMessage Message { get; init => field = value ?? new(); } = new();

    /// <summary>Gets the log probabilities when requested; null when not requested or omitted.</summary>
    [JsonPropertyName("logprobs")]
    public ChatChoiceLogprobs? Logprobs { get; init; }

    /// <summary>Gets why the model stopped, or null when not sent.</summary>
    [JsonPropertyName("finish_reason")]
    public FinishReason? FinishReason { get; init; }

    /// <summary>Gets the fields this record does not model, kept as sent.</summary>
    // set, not init: the source generator cannot bind [JsonExtensionData] to an init accessor (dotnet/runtime#107898).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Gets whether the output was cut off by the token limit.</summary>
    /// <example><code>if (choice.IsStoppedForLength) { /* raise max_completion_tokens */ }</code></example>
    [JsonIgnore]
    public bool IsStoppedForLength => FinishReason == Oai.FinishReason.Length;

    /// <summary>Gets whether the model stopped to call tools.</summary>
    /// <example><code>if (choice.IsStoppedForToolCalls) { /* run choice.Message.ToolCalls */ }</code></example>
    [JsonIgnore]
    public bool IsStoppedForToolCalls => FinishReason == Oai.FinishReason.ToolCalls;

    /// <summary>Gets whether content was omitted by the content filter.</summary>
    /// <example><code>if (choice.IsFiltered) { /* show a notice instead of the answer */ }</code></example>
    [JsonIgnore]
    public bool IsFiltered => FinishReason == Oai.FinishReason.ContentFilter;

    /// <summary>Prints the members a person wants to see (counts for lists, nothing for what is empty), for <c>ToString()</c>.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder) => RecordText.Print(builder, ("Index", Index), ("FinishReason", FinishReason), ("Message", Message), ("Logprobs", Logprobs));
}
