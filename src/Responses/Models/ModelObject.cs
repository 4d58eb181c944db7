using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Models;

/// <summary>A model the API offers, as <c>GET /models</c> and <c>GET /models/{model}</c> return it.</summary>
/// <remarks>See <see href="https://platform.openai.com/docs/api-reference/models/object">the model object</see>. The
/// service has been adding fields to this object (shutdown dates, for example); whatever it sends that is not modelled
/// here is kept in <see cref="AdditionalProperties"/>.</remarks>
public sealed record ModelObject
{
    /// <summary>Gets the model id, as requests name it (<c>gpt-4o-mini</c>, <c>ft:gpt-4o-mini:org::abc123</c>).</summary>
    [JsonPropertyName("id")]
    public string Id { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the object kind, <see cref="ObjectKind.Model"/>.</summary>
    [JsonPropertyName("object")]
    public ObjectKind Object { get; init => field = value.OrDefault(ObjectKind.Model); } = ObjectKind.Model;

    /// <summary>Gets when the model was created.</summary>
    [JsonPropertyName("created")]
    [JsonConverter(typeof(UnixTimeConverter))]
    public DateTimeOffset Created { get; init; }

    /// <summary>Gets the organization that owns the model (<c>system</c>, <c>openai</c>, or your organization for a fine-tuned one).</summary>
    [JsonPropertyName("owned_by")]
    public string OwnedBy { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the fields this record does not model, kept as sent.</summary>
    // set, not init: the source generator cannot bind [JsonExtensionData] to an init accessor (dotnet/runtime#107898).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Prints the members a person wants to see (counts for lists, nothing for what is empty), for <c>ToString()</c>.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder) => RecordText.Print(builder, ("Id", Id), ("Object", Object), ("Created", Created), ("OwnedBy", OwnedBy));
}
