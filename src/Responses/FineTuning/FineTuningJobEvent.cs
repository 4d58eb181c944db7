using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.FineTuning;

/// <summary>A fine-tuning job event: a progress message or a metrics report.</summary>
public sealed record FineTuningJobEvent
{
    /// <summary>Gets the event id (<c>ftevent-...</c>).</summary>
    [JsonPropertyName("id")]
    public string Id { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the object kind, <see cref="ObjectKind.FineTuningJobEvent"/>.</summary>
    [JsonPropertyName("object")]
    public ObjectKind Object { get; init => field = value.OrDefault(ObjectKind.FineTuningJobEvent); } = ObjectKind.FineTuningJobEvent;

    /// <summary>Gets when the event happened.</summary>
    [JsonPropertyName("created_at")]
    [JsonConverter(typeof(UnixTimeConverter))]
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Gets the event's severity.</summary>
    [JsonPropertyName("level")]
    public FineTuningJobEventLevel Level { get; init; }

    /// <summary>Gets the event's message.</summary>
    [JsonPropertyName("message")]
    public string Message { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the kind of event, or null when not sent.</summary>
    [JsonPropertyName("type")]
    public FineTuningJobEventType? Type { get; init; }

    /// <summary>Gets the event's data (metrics for a metrics event), or null when not sent.</summary>
    [JsonPropertyName("data")]
    public JsonElement? Data { get; init; }

    /// <summary>Gets the fields this record does not model, kept as sent.</summary>
    // set, not init: the source generator cannot bind [JsonExtensionData] to an init accessor (dotnet/runtime#107898).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
