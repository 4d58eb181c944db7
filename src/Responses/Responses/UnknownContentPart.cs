using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>A content part of a kind this library does not model (<c>input_audio</c>, <c>reasoning_text</c>...), kept whole as <see cref="Raw"/>.</summary>
/// <remarks>Written back exactly as <see cref="Raw"/>; <see cref="ResponseContentPart.AdditionalProperties"/> stays null.</remarks>
public sealed record UnknownContentPart : ResponseContentPart
{
    /// <summary>Gets the whole part as the service sent it.</summary>
    [JsonIgnore]
    public JsonElement Raw { get; init; }
}
