using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai;

/// <summary>The breakdown of the tokens in a completion.</summary>
public sealed record CompletionTokensDetails
{
    /// <summary>Gets the number of tokens the model spent reasoning, which the answer does not show.</summary>
    [JsonPropertyName("reasoning_tokens")]
    public int? ReasoningTokens { get; init; }

    /// <summary>Gets the number of audio tokens the model generated.</summary>
    [JsonPropertyName("audio_tokens")]
    public int? AudioTokens { get; init; }

    /// <summary>Gets the number of predicted-output tokens that appeared in the completion.</summary>
    [JsonPropertyName("accepted_prediction_tokens")]
    public int? AcceptedPredictionTokens { get; init; }

    /// <summary>Gets the number of predicted-output tokens that did not appear in the completion (still billed).</summary>
    [JsonPropertyName("rejected_prediction_tokens")]
    public int? RejectedPredictionTokens { get; init; }

    /// <summary>Gets the fields this record does not model, kept as sent.</summary>
    // set, not init: the source generator cannot bind [JsonExtensionData] to an init accessor (dotnet/runtime#107898).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
