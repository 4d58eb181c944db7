using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>The built-in file search tool over your vector stores.</summary>
public sealed record FileSearchTool : ResponseTool
{
    /// <summary>Initializes a new instance with its type set to <c>file_search</c>.</summary>
    public FileSearchTool()
        : base("file_search")
    {
    }

    /// <summary>Gets the vector stores to search.</summary>
    [JsonPropertyName("vector_store_ids")]
    public required IList<string> VectorStoreIds { get; init; }

    /// <summary>Gets the most results to return.</summary>
    [JsonPropertyName("max_num_results")]
    public int? MaxNumResults { get; init; }

    /// <summary>Gets the attribute filters, written as given.</summary>
    [JsonPropertyName("filters")]
    public JsonElement? Filters { get; init; }
}
