using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>The part of one choice a stream chunk carries.</summary>
public sealed record ChatChunkChoice
{
    /// <summary>Gets the index of the choice this part belongs to.</summary>
    [JsonPropertyName("index")]
    public int Index { get; init; }

    /// <summary>Gets what this chunk adds to the message.</summary>
    [JsonPropertyName("delta")]
    public ChatDelta Delta { get; init => field = value ?? new(); } = new();

    /// <summary>Gets the log probabilities of the tokens in this chunk, or null.</summary>
    [JsonPropertyName("logprobs")]
    public ChatChoiceLogprobs? Logprobs { get; init; }

    /// <summary>Gets why the model stopped; null on every chunk but the choice's last.</summary>
    [JsonPropertyName("finish_reason")]
    public FinishReason? FinishReason { get; init; }

    /// <summary>Gets the fields this record does not model, kept as sent.</summary>
    // set, not init: the source generator cannot bind [JsonExtensionData] to an init accessor (dotnet/runtime#107898).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Prints the members a person wants to see (counts for lists, nothing for what is empty), for <c>ToString()</c>.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder) => RecordText.Print(builder, ("Index", Index), ("FinishReason", FinishReason), ("Delta", Delta), ("Logprobs", Logprobs));
}
