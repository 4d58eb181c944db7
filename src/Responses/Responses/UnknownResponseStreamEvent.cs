using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>An event of a type this library does not model (<c>response.image_generation_call.partial_image</c>,
/// <c>response.output_text.annotation.removed</c>, events the service adds later), kept whole as <see cref="Raw"/>.</summary>
/// <remarks><see cref="ResponseStreamEvent.Type"/> and <see cref="ResponseStreamEvent.SequenceNumber"/> are read from it;
/// <see cref="ResponseStreamEvent.AdditionalProperties"/> stays null.</remarks>
public sealed record UnknownResponseStreamEvent : ResponseStreamEvent
{
    /// <summary>Gets the whole event as the service sent it.</summary>
    [JsonIgnore]
    public JsonElement Raw { get; init; }
}
