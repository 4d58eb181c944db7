using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>An annotation on a message, such as a web search citation: <see cref="ChatUrlCitationAnnotation"/>, or
/// <see cref="UnknownChatAnnotation"/> for a kind this library does not know yet.</summary>
[JsonConverter(typeof(ChatAnnotationConverter))]
public abstract record ChatAnnotation
{
    /// <summary>Gets the discriminator exactly as the service sent it, for example <c>url_citation</c>.</summary>
    [JsonPropertyName("type")]
    public string Type { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the fields this record does not model, kept as sent.</summary>
    // set, not init: the source generator cannot bind [JsonExtensionData] to an init accessor (dotnet/runtime#107898).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
