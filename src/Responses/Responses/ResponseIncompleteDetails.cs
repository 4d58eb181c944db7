using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>Why a response is incomplete (<c>incomplete_details</c>).</summary>
public sealed record ResponseIncompleteDetails
{
    /// <summary>Gets the reason, or null when not sent.</summary>
    [JsonPropertyName("reason")]
    public IncompleteReason? Reason { get; init; }

    /// <summary>Gets the fields this record does not model, kept as sent.</summary>
    // set, not init: the source generator cannot bind [JsonExtensionData] to an init accessor (dotnet/runtime#107898).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
