using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>One piece of a reasoning item: a summary (<c>summary_text</c>) or reasoning text (<c>reasoning_text</c>).</summary>
public sealed record ReasoningText
{
    /// <summary>Gets the kind as sent, <c>summary_text</c> or <c>reasoning_text</c>.</summary>
    [JsonPropertyName("type")]
    public string Type { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the text.</summary>
    [JsonPropertyName("text")]
    public string Text { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the fields this record does not model, kept as sent.</summary>
    // set, not init: the source generator cannot bind [JsonExtensionData] to an init accessor (dotnet/runtime#107898).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
