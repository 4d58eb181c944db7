using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>Text the model wrote: <c>{"type": "output_text", "text", "annotations"}</c>.</summary>
public sealed record OutputTextPart : ResponseContentPart
{
    /// <summary>The discriminator value of this variant.</summary>
    public const string Kind = "output_text";

    /// <summary>Initializes a new instance with its type set to <c>output_text</c>.</summary>
    public OutputTextPart()
    {
        Type = Kind;
    }

    /// <summary>Gets the text.</summary>
    [JsonPropertyName("text")]
    public string Text { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the citations in the text; empty when null or absent.</summary>
    [JsonPropertyName("annotations")]
    public IReadOnlyList<ResponseAnnotation> Annotations { get; init => field = NullRule.Items(value); } = [];

    /// <summary>Gets the token log probabilities when asked for with <c>include</c>, as sent; null when absent.</summary>
    [JsonPropertyName("logprobs")]
    public IReadOnlyList<JsonElement>? Logprobs { get; init; }
}
