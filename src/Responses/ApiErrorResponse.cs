using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai;

/// <summary>The body of a failed response: <c>{"error": {...}}</c>.</summary>
public sealed record ApiErrorResponse
{
    /// <summary>Gets the error; null when the body carried no <c>error</c> object.</summary>
    [JsonPropertyName("error")]
    public ApiError? Error { get; init; }

    /// <summary>Gets the fields this record does not model, kept as sent.</summary>
    // set, not init: the source generator cannot bind [JsonExtensionData] to an init accessor (dotnet/runtime#107898).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
