using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>A web page cited by a span of the message content.</summary>
public sealed record ChatUrlCitation
{
    /// <summary>Gets the index of the first character of the citation in the message content.</summary>
    [JsonPropertyName("start_index")]
    public int StartIndex { get; init; }

    /// <summary>Gets the index just past the last character of the citation in the message content.</summary>
    [JsonPropertyName("end_index")]
    public int EndIndex { get; init; }

    /// <summary>Gets the URL of the cited page.</summary>
    [JsonPropertyName("url")]
    public string Url { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the title of the cited page.</summary>
    [JsonPropertyName("title")]
    public string Title { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the fields this record does not model, kept as sent.</summary>
    // set, not init: the source generator cannot bind [JsonExtensionData] to an init accessor (dotnet/runtime#107898).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
