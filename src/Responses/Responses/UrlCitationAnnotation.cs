using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>A web page cited in output text.</summary>
public sealed record UrlCitationAnnotation : ResponseAnnotation
{
    /// <summary>The discriminator value of this variant.</summary>
    public const string Kind = "url_citation";

    /// <summary>Initializes a new instance with its type set to <c>url_citation</c>.</summary>
    public UrlCitationAnnotation()
    {
        Type = Kind;
    }

    /// <summary>Gets the URL.</summary>
    [JsonPropertyName("url")]
    public string Url { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the page title, or null.</summary>
    [JsonPropertyName("title")]
    public string? Title { get; init; }

    /// <summary>Gets where the citation starts in the text.</summary>
    [JsonPropertyName("start_index")]
    public int StartIndex { get; init; }

    /// <summary>Gets where the citation ends in the text.</summary>
    [JsonPropertyName("end_index")]
    public int EndIndex { get; init; }
}
