using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>A tool call of a kind this library does not know yet, kept whole as <see cref="Raw"/>.</summary>
/// <remarks>Written back exactly as <see cref="Raw"/>; <see cref="ChatToolCall.AdditionalProperties"/> stays null.</remarks>
public sealed record UnknownChatToolCall : ChatToolCall
{
    /// <summary>Gets the whole tool call object as the service sent it.</summary>
    [JsonIgnore]
    public JsonElement Raw { get; init; }
}
