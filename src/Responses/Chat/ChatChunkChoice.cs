using System;
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
    // Built on first read when the wire sent none, never in an initializer: a reader always sets it, and an
    // initializer's instance would be thrown away on every chunk.
    public ChatDelta Delta { get => field ??= new(); init => field = value; }

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

    /// <summary>Compares by value, as every record does; written out because <see cref="Delta"/> may be unset until
    /// first read, and an unset delta equals an empty one.</summary>
    /// <param name="other">The choice part to compare with.</param>
    /// <returns>True when both hold the same values.</returns>
    public bool Equals(ChatChunkChoice? other) =>
        other is not null
        && EqualityContract == other.EqualityContract
        && Index == other.Index
        && Delta == other.Delta
        && Logprobs == other.Logprobs
        && FinishReason == other.FinishReason
        && AdditionalProperties == other.AdditionalProperties;

    /// <summary>Returns a hash code consistent with <see cref="Equals(ChatChunkChoice?)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(EqualityContract, Index, Delta, Logprobs, FinishReason, AdditionalProperties);

    /// <summary>Prints the members a person wants to see (counts for lists, nothing for what is empty), for <c>ToString()</c>.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder) => RecordText.Print(builder, ("Index", Index), ("FinishReason", FinishReason), ("Delta", Delta), ("Logprobs", Logprobs));
}
