using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>The built-in web search tool (<c>web_search</c>; set <see cref="ResponseTool.Type"/> to <c>web_search_preview</c> for the preview).</summary>
public sealed record WebSearchTool : ResponseTool
{
    /// <summary>Initializes a new instance with its type set to <c>web_search</c>.</summary>
    public WebSearchTool()
        : base("web_search")
    {
    }

    /// <summary>Gets how much context to search for: <c>low</c>, <c>medium</c> or <c>high</c>.</summary>
    [JsonPropertyName("search_context_size")]
    public string? SearchContextSize { get; init; }

    /// <summary>Gets the user's approximate location (<c>{"type": "approximate", "country", "region", "city"}</c>), written as given.</summary>
    [JsonPropertyName("user_location")]
    public JsonElement? UserLocation { get; init; }

    /// <summary>Gets the search filters (allowed domains), written as given.</summary>
    [JsonPropertyName("filters")]
    public JsonElement? Filters { get; init; }
}
