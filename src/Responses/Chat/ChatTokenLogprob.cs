using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>A generated token with its log probability and the most likely alternatives.</summary>
public sealed record ChatTokenLogprob
{
    /// <summary>Gets the token.</summary>
    [JsonPropertyName("token")]
    public string Token { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the log probability of the token; <c>-9999.0</c> means very unlikely.</summary>
    [JsonPropertyName("logprob")]
    public double Logprob { get; init; }

    /// <summary>Gets the UTF-8 bytes of the token, or null when the token has no byte representation.</summary>
    [JsonPropertyName("bytes")]
    public IReadOnlyList<int>? Bytes { get; init; }

    /// <summary>Gets the most likely tokens at this position; empty when not requested.</summary>
    [JsonPropertyName("top_logprobs")]
    public IReadOnlyList<ChatTopLogprob> TopLogprobs { get; init => field = NullRule.Items(value); } = [];

    /// <summary>Gets the fields this record does not model, kept as sent.</summary>
    // set, not init: the source generator cannot bind [JsonExtensionData] to an init accessor (dotnet/runtime#107898).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
