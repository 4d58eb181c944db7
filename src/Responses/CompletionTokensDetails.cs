using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai;

/// <summary>The breakdown of the tokens in a completion.</summary>
public sealed record CompletionTokensDetails
{
    /// <summary>Gets the number of tokens the model spent reasoning, which the answer does not show; 0 when the service did not report it.</summary>
    [JsonIgnore]
    public int ReasoningTokens { get => ReportedReasoningTokens ?? 0; init => ReportedReasoningTokens = value; }

    /// <summary>Gets the count as the service sent it, null when it sent none (telemetry never records a made-up zero).</summary>
    [JsonPropertyName("reasoning_tokens")]
    [JsonInclude]
    internal int? ReportedReasoningTokens { get; init; }

    /// <summary>Gets the number of audio tokens the model generated; 0 when the service did not report it.</summary>
    [JsonIgnore]
    public int AudioTokens { get => ReportedAudioTokens ?? 0; init => ReportedAudioTokens = value; }

    /// <summary>Gets the count as the service sent it, null when it sent none (telemetry never records a made-up zero).</summary>
    [JsonPropertyName("audio_tokens")]
    [JsonInclude]
    internal int? ReportedAudioTokens { get; init; }

    /// <summary>Gets the number of predicted-output tokens that appeared in the completion; 0 when the service did not report it.</summary>
    [JsonIgnore]
    public int AcceptedPredictionTokens { get => ReportedAcceptedPredictionTokens ?? 0; init => ReportedAcceptedPredictionTokens = value; }

    /// <summary>Gets the count as the service sent it, null when it sent none (telemetry never records a made-up zero).</summary>
    [JsonPropertyName("accepted_prediction_tokens")]
    [JsonInclude]
    internal int? ReportedAcceptedPredictionTokens { get; init; }

    /// <summary>Gets the number of predicted-output tokens that did not appear in the completion (still billed); 0 when the service did not report it.</summary>
    [JsonIgnore]
    public int RejectedPredictionTokens { get => ReportedRejectedPredictionTokens ?? 0; init => ReportedRejectedPredictionTokens = value; }

    /// <summary>Gets the count as the service sent it, null when it sent none (telemetry never records a made-up zero).</summary>
    [JsonPropertyName("rejected_prediction_tokens")]
    [JsonInclude]
    internal int? ReportedRejectedPredictionTokens { get; init; }

    /// <summary>Gets the fields this record does not model, kept as sent.</summary>
    // set, not init: the source generator cannot bind [JsonExtensionData] to an init accessor (dotnet/runtime#107898).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
