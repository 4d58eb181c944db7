using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>The input token count of a request (<c>POST /responses/input_tokens</c>).</summary>
public sealed record ResponseInputTokens
{
    /// <summary>Gets the object kind, <c>response.input_tokens</c>.</summary>
    [JsonPropertyName("object")]
    public ObjectKind Object { get; init => field = value.OrDefault(ObjectKind.ResponseInputTokens); } = ObjectKind.ResponseInputTokens;

    /// <summary>Gets the number of input tokens the request would use.</summary>
    [JsonPropertyName("input_tokens")]
    public int InputTokens { get; init; }

    /// <summary>Gets the fields this record does not model, kept as sent.</summary>
    // set, not init: the source generator cannot bind [JsonExtensionData] to an init accessor (dotnet/runtime#107898).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
