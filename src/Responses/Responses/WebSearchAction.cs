using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>What a web search call did (<c>action</c>): a search, opening a page, or finding in a page.</summary>
public sealed record WebSearchAction
{
    /// <summary>Gets the kind of action as sent (<c>search</c>, <c>open_page</c>, <c>find</c>...).</summary>
    [JsonPropertyName("type")]
    public string Type { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the search query, or null.</summary>
    [JsonPropertyName("query")]
    public string? Query { get; init; }

    /// <summary>Gets the search queries; empty when null or absent.</summary>
    [JsonPropertyName("queries")]
    public IReadOnlyList<string> Queries { get; init => field = NullRule.Items(value); } = [];

    /// <summary>Gets the page URL, or null.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; init; }

    /// <summary>Gets the pattern searched in a page, or null.</summary>
    [JsonPropertyName("pattern")]
    public string? Pattern { get; init; }

    /// <summary>Gets the fields this record does not model, kept as sent.</summary>
    // set, not init: the source generator cannot bind [JsonExtensionData] to an init accessor (dotnet/runtime#107898).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
