using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>An item of a kind this library does not model (<c>computer_call</c>, <c>apply_patch_call</c>,
/// <c>compaction</c>, <c>local_shell_call</c>...), kept whole as <see cref="Raw"/>.</summary>
/// <remarks>Written back exactly as <see cref="Raw"/>, so it can be sent as the next request's input unchanged;
/// <see cref="ResponseItem.AdditionalProperties"/> stays null.</remarks>
public sealed record UnknownResponseItem : ResponseItem
{
    /// <summary>Gets the whole item as the service sent it.</summary>
    [JsonIgnore]
    public JsonElement Raw { get; init; }
}
