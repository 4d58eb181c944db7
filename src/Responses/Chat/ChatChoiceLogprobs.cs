using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>The log probabilities of a choice's content and refusal tokens.</summary>
public sealed record ChatChoiceLogprobs
{
    /// <summary>Gets the content tokens with their log probabilities; empty when null or absent.</summary>
    [JsonPropertyName("content")]
    public IReadOnlyList<ChatTokenLogprob> Content { get; init => field = NullRule.Items(value); } = [];

    /// <summary>Gets the refusal tokens with their log probabilities; empty when null or absent.</summary>
    [JsonPropertyName("refusal")]
    public IReadOnlyList<ChatTokenLogprob> Refusal { get; init => field = NullRule.Items(value); } = [];

    /// <summary>Gets the fields this record does not model, kept as sent.</summary>
    // set, not init: the source generator cannot bind [JsonExtensionData] to an init accessor (dotnet/runtime#107898).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
