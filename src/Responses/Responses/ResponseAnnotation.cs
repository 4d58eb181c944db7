using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>An annotation of output text: <see cref="UrlCitationAnnotation"/>, <see cref="FileCitationAnnotation"/>,
/// <see cref="ContainerFileCitationAnnotation"/>, <see cref="FilePathAnnotation"/>, or
/// <see cref="UnknownResponseAnnotation"/> for a kind this library does not know yet.</summary>
[JsonConverter(typeof(ResponseAnnotationConverter))]
public abstract record ResponseAnnotation
{
    /// <summary>Gets the discriminator exactly as the service sent it, for example <c>url_citation</c>.</summary>
    [JsonPropertyName("type")]
    [JsonPropertyOrder(-1)]
    public string Type { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the fields this record does not model, kept as sent.</summary>
    // set, not init: the source generator cannot bind [JsonExtensionData] to an init accessor (dotnet/runtime#107898).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
