using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>A URL cited by the web search tool: <c>{"type": "url_citation", "url_citation": {...}}</c>.</summary>
public sealed record ChatUrlCitationAnnotation : ChatAnnotation
{
    /// <summary>The discriminator value of this variant.</summary>
    public const string Kind = "url_citation";

    /// <summary>Initializes a new instance with <see cref="ChatAnnotation.Type"/> set to <c>url_citation</c>.</summary>
    public ChatUrlCitationAnnotation()
    {
        Type = Kind;
    }

    /// <summary>Gets the citation.</summary>
    [JsonPropertyName("url_citation")]
    public ChatUrlCitation UrlCitation { get; init => field = value ?? new(); } = new();
}
