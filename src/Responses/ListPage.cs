using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai;

/// <summary>One page of a cursor-paginated listing (<c>"object": "list"</c>): files, fine-tuning jobs, events, checkpoints.</summary>
/// <typeparam name="T">The item record.</typeparam>
/// <remarks>The next page starts after <see cref="LastId"/> (or the last item's id when the service omits it) while
/// <see cref="HasMore"/> is true.</remarks>
public sealed record ListPage<T>
{
    /// <summary>Gets the object kind, <see cref="ObjectKind.List"/>.</summary>
    [JsonPropertyName("object")]
    public ObjectKind Object { get; init => field = value.OrDefault(ObjectKind.List); } = ObjectKind.List;

    /// <summary>Gets the items on this page; empty when null or absent.</summary>
    [JsonPropertyName("data")]
    public IReadOnlyList<T> Data { get; init => field = NullRule.Items(value); } = [];

    /// <summary>Gets the id of the first item, or null when not sent (some listings never send it).</summary>
    [JsonPropertyName("first_id")]
    public string? FirstId { get; init; }

    /// <summary>Gets the id of the last item, or null when not sent.</summary>
    [JsonPropertyName("last_id")]
    public string? LastId { get; init; }

    /// <summary>Gets whether more items follow this page.</summary>
    [JsonPropertyName("has_more")]
    public bool HasMore { get; init; }

    /// <summary>Gets the fields this record does not model, kept as sent.</summary>
    // set, not init: the source generator cannot bind [JsonExtensionData] to an init accessor (dotnet/runtime#107898).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Gets whether another page follows, and the cursor that asks for it.</summary>
    /// <param name="after">The <c>after</c> cursor of the next page: <see cref="LastId"/>, else the last item's id.</param>
    /// <param name="idOf">Reads an item's id, for listings that omit <c>last_id</c>.</param>
    /// <returns>True when <see cref="HasMore"/> is set and a cursor is known.</returns>
    internal bool HasNextPage([NotNullWhen(true)] out string? after, System.Func<T, string?> idOf)
    {
        System.ArgumentNullException.ThrowIfNull(idOf);
        after = !HasMore ? null : !string.IsNullOrEmpty(LastId) ? LastId : Data.Count > 0 ? idOf(Data[^1]) : null;
        return !string.IsNullOrEmpty(after);
    }

    /// <summary>Prints the members a person wants to see (counts for lists, nothing for what is empty), for <c>ToString()</c>.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder) => RecordText.Print(builder, ("Object", Object), ("Data", Data), ("FirstId", FirstId), ("LastId", LastId), ("HasMore", HasMore));
}
