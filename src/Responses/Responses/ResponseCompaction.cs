using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>A compacted conversation (<c>POST /responses/compact</c>): output items to send as the next request's input.</summary>
public sealed record ResponseCompaction
{
    /// <summary>Gets the id of the compaction.</summary>
    [JsonPropertyName("id")]
    public string Id { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the object kind, <c>response.compaction</c>.</summary>
    [JsonPropertyName("object")]
    public ObjectKind Object { get; init => field = value.OrDefault(ObjectKind.ResponseCompaction); } = ObjectKind.ResponseCompaction;

    /// <summary>Gets when the compaction was created, in Unix seconds.</summary>
    [JsonPropertyName("created_at")]
    public long Created { get; init; }

    /// <summary>Gets the compacted items (kept messages and an opaque <c>compaction</c> item); empty when null or absent.</summary>
    [JsonPropertyName("output")]
    public IReadOnlyList<ResponseItem> Output { get; init => field = NullRule.Items(value); } = [];

    /// <summary>Gets the token usage, or null when not sent.</summary>
    [JsonPropertyName("usage")]
    public ResponseUsage? Usage { get; init; }

    /// <summary>Gets the fields this record does not model, kept as sent.</summary>
    // set, not init: the source generator cannot bind [JsonExtensionData] to an init accessor (dotnet/runtime#107898).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
