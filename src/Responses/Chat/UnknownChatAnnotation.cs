using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>An annotation of a kind this library does not know yet, kept whole as <see cref="Raw"/>.</summary>
/// <remarks>Written back exactly as <see cref="Raw"/>; <see cref="ChatAnnotation.AdditionalProperties"/> stays null.</remarks>
public sealed record UnknownChatAnnotation : ChatAnnotation
{
    /// <summary>Gets the whole annotation object as the service sent it.</summary>
    [JsonIgnore]
    public JsonElement Raw { get; init; }
}
