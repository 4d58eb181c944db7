using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>One result of a file search call.</summary>
public sealed record FileSearchResult
{
    /// <summary>Gets the id of the file.</summary>
    [JsonPropertyName("file_id")]
    public string FileId { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the file name, or null.</summary>
    [JsonPropertyName("filename")]
    public string? Filename { get; init; }

    /// <summary>Gets the relevance score, or null.</summary>
    [JsonPropertyName("score")]
    public double? Score { get; init; }

    /// <summary>Gets the matching text, or null.</summary>
    [JsonPropertyName("text")]
    public string? Text { get; init; }

    /// <summary>Gets the fields this record does not model, kept as sent.</summary>
    // set, not init: the source generator cannot bind [JsonExtensionData] to an init accessor (dotnet/runtime#107898).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
