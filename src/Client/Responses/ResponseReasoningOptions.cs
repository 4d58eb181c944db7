using System.Text.Json.Serialization;
using Oai.Chat;

namespace Oai.Responses;

/// <summary>The reasoning settings of a request (<c>reasoning</c>), for reasoning models.</summary>
public sealed record ResponseReasoningOptions
{
    /// <summary>Gets how hard the model reasons (<see cref="ReasoningEffort.Low"/> ... <see cref="ReasoningEffort.High"/>).</summary>
    [JsonPropertyName("effort")]
    public ReasoningEffort? Effort { get; init; }

    /// <summary>Gets the summary of its reasoning to return: <c>auto</c>, <c>concise</c> or <c>detailed</c>.</summary>
    [JsonPropertyName("summary")]
    public string? Summary { get; init; }
}
