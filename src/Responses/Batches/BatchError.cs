using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Batches;

/// <summary>Why a batch's input was rejected (one entry of <see cref="Batch.Errors"/>), or why one request of it failed
/// without a response (the <c>error</c> of a result line).</summary>
public sealed record BatchError
{
    /// <summary>Gets the error code, for example <c>invalid_json_line</c> or <c>batch_expired</c>.</summary>
    [JsonPropertyName("code")]
    public string? Code { get; init; }

    /// <summary>Gets the service's description of the error.</summary>
    [JsonPropertyName("message")]
    public string? Message { get; init; }

    /// <summary>Gets the parameter that caused the error, or null.</summary>
    [JsonPropertyName("param")]
    public string? Param { get; init; }

    /// <summary>Gets the 1-based line of the input file the error is about, or null.</summary>
    [JsonPropertyName("line")]
    public int? Line { get; init; }

    /// <summary>Gets the fields this record does not model, kept as sent.</summary>
    // set, not init: the source generator cannot bind [JsonExtensionData] to an init accessor (dotnet/runtime#107898).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
