using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Batches;

/// <summary>How many of a batch's requests have run: completed, failed and in all.</summary>
public sealed record BatchRequestCounts
{
    /// <summary>Gets the number of requests in the batch (0 while the input is validated).</summary>
    [JsonPropertyName("total")]
    public int Total { get; init; }

    /// <summary>Gets the number of requests that have completed successfully.</summary>
    [JsonPropertyName("completed")]
    public int Completed { get; init; }

    /// <summary>Gets the number of requests that have failed.</summary>
    [JsonPropertyName("failed")]
    public int Failed { get; init; }

    /// <summary>Gets the fields this record does not model, kept as sent.</summary>
    // set, not init: the source generator cannot bind [JsonExtensionData] to an init accessor (dotnet/runtime#107898).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
