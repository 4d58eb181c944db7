using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>A file search the model ran over vector stores (<c>"type": "file_search_call"</c>).</summary>
public sealed record FileSearchCallItem : ResponseItem
{
    /// <summary>The discriminator value of this variant.</summary>
    public const string Kind = "file_search_call";

    /// <summary>Initializes a new instance with its type set to <c>file_search_call</c>.</summary>
    public FileSearchCallItem()
    {
        Type = Kind;
    }

    /// <summary>Gets the queries; empty when null or absent.</summary>
    [JsonPropertyName("queries")]
    public IReadOnlyList<string> Queries { get; init => field = NullRule.Items(value); } = [];

    /// <summary>Gets the results when included; empty otherwise.</summary>
    [JsonPropertyName("results")]
    public IReadOnlyList<FileSearchResult> Results { get; init => field = NullRule.Items(value); } = [];

    /// <summary>Gets the state of the call, or null when not sent.</summary>
    [JsonPropertyName("status")]
    public ResponseItemStatus? Status { get; init; }
}
