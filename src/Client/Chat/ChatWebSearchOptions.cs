using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>Options for the web search the search models run (<c>web_search_options</c>).</summary>
/// <remarks>See <see href="https://platform.openai.com/docs/guides/tools-web-search?api-mode=chat">web search</see>.</remarks>
public sealed record ChatWebSearchOptions
{
    /// <summary>Gets the user's approximate location, to localise results.</summary>
    [JsonPropertyName("user_location")]
    public ChatWebSearchUserLocation? UserLocation { get; init; }

    /// <summary>Gets how much context-window space the results may use.</summary>
    [JsonPropertyName("search_context_size")]
    public WebSearchContextSize? SearchContextSize { get; init; }
}
