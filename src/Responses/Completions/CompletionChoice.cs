using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Completions;

/// <summary>One generated text (several when the request set <c>n</c> or sent several prompts).</summary>
public sealed record CompletionChoice
{
    /// <summary>Gets the generated text (in a stream: the piece this chunk adds); empty when null or absent.</summary>
    [JsonPropertyName("text")]
    public string Text { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the index of the choice; with several prompts, prompt <c>p</c>'s choices start at <c>p * n</c>.</summary>
    [JsonPropertyName("index")]
    public int Index { get; init; }

    /// <summary>Gets the log probabilities when requested (<c>logprobs</c>); otherwise null.</summary>
    [JsonPropertyName("logprobs")]
    public CompletionLogprobs? Logprobs { get; init; }

    /// <summary>Gets why the model stopped, or null when not sent (a stream sends it on the choice's last chunk).</summary>
    [JsonPropertyName("finish_reason")]
    public FinishReason? FinishReason { get; init; }

    /// <summary>Gets the fields this record does not model, kept as sent.</summary>
    // set, not init: the source generator cannot bind [JsonExtensionData] to an init accessor (dotnet/runtime#107898).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Gets whether the output was cut off by the token limit.</summary>
    /// <example><code>if (choice.IsStoppedForLength) { /* raise max_tokens */ }</code></example>
    [JsonIgnore]
    public bool IsStoppedForLength => FinishReason == Oai.FinishReason.Length;

    /// <summary>Gets whether content was omitted by the content filter.</summary>
    /// <example><code>if (choice.IsFiltered) { /* show a notice instead of the text */ }</code></example>
    [JsonIgnore]
    public bool IsFiltered => FinishReason == Oai.FinishReason.ContentFilter;

    /// <summary>Prints the members a person wants to see (counts for lists, nothing for what is empty), for <c>ToString()</c>.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder) => RecordText.Print(builder, ("Index", Index), ("FinishReason", FinishReason), ("Text", Text), ("Logprobs", Logprobs));
}
