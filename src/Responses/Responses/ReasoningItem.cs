using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>The model's reasoning (<c>"type": "reasoning"</c>): a summary when asked for, encrypted content when included.</summary>
public sealed record ReasoningItem : ResponseItem
{
    /// <summary>The discriminator value of this variant.</summary>
    public const string Kind = "reasoning";

    /// <summary>Initializes a new instance with its type set to <c>reasoning</c>.</summary>
    public ReasoningItem()
    {
        Type = Kind;
    }

    /// <summary>Gets the summary parts; empty when none was asked for.</summary>
    [JsonPropertyName("summary")]
    public IReadOnlyList<ReasoningText> Summary { get; init => field = NullRule.Items(value); } = [];

    /// <summary>Gets the reasoning text parts; empty when not sent.</summary>
    [JsonPropertyName("content")]
    public IReadOnlyList<ReasoningText> Content { get; init => field = NullRule.Items(value); } = [];

    /// <summary>Gets the encrypted reasoning, to send back when not storing responses; null unless included.</summary>
    [JsonPropertyName("encrypted_content")]
    public string? EncryptedContent { get; init; }

    /// <summary>Gets the state of the item, or null when not sent.</summary>
    [JsonPropertyName("status")]
    public ResponseItemStatus? Status { get; init; }

    /// <summary>Gets the reasoning summary as one text, its parts separated by blank lines, when there is one.</summary>
    /// <param name="text">The summary when non-empty; otherwise null.</param>
    /// <returns>True when the item carries a summary.</returns>
    public bool TryGetSummaryText([NotNullWhen(true)] out string? text)
    {
        var parts = new List<string>(Summary.Count);
        foreach (var part in Summary)
        {
            parts.Add(part.Text);
        }

        text = parts.Count > 0 ? string.Join("\n\n", parts) : null;
        return text is not null;
    }
}
