using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>An annotation of a kind this library does not model, kept whole as <see cref="Raw"/>.</summary>
/// <remarks>Written back exactly as <see cref="Raw"/>; <see cref="ResponseAnnotation.AdditionalProperties"/> stays null.</remarks>
public sealed record UnknownResponseAnnotation : ResponseAnnotation
{
    /// <summary>Gets the whole annotation as the service sent it.</summary>
    [JsonIgnore]
    public JsonElement Raw { get; init; }
}
