using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>A web search the model ran (<c>"type": "web_search_call"</c>).</summary>
public sealed record WebSearchCallItem : ResponseItem
{
    /// <summary>The discriminator value of this variant.</summary>
    public const string Kind = "web_search_call";

    /// <summary>Initializes a new instance with its type set to <c>web_search_call</c>.</summary>
    public WebSearchCallItem()
    {
        Type = Kind;
    }

    /// <summary>Gets what the search did, or null when not sent.</summary>
    [JsonPropertyName("action")]
    public WebSearchAction? Action { get; init; }

    /// <summary>Gets the state of the call, or null when not sent.</summary>
    [JsonPropertyName("status")]
    public ResponseItemStatus? Status { get; init; }
}
