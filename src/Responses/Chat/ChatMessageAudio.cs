using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>The audio answer of a model asked for the audio output modality.</summary>
public sealed record ChatMessageAudio
{
    /// <summary>Gets the id of the audio, to refer to it in a later turn.</summary>
    [JsonPropertyName("id")]
    public string Id { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the audio bytes, base64-encoded in the format the request asked for.</summary>
    [JsonPropertyName("data")]
    public string Data { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets when the audio stops being available for multi-turn use, in Unix seconds.</summary>
    [JsonPropertyName("expires_at")]
    public long? ExpiresAt { get; init; }

    /// <summary>Gets <see cref="ExpiresAt"/> as a date, or null when not sent.</summary>
    [JsonIgnore]
    public DateTimeOffset? ExpiresAtTime => ExpiresAt is long seconds ? UnixTime.FromSeconds(seconds) : null;

    /// <summary>Gets the transcript of the audio.</summary>
    [JsonPropertyName("transcript")]
    public string Transcript { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the fields this record does not model, kept as sent.</summary>
    // set, not init: the source generator cannot bind [JsonExtensionData] to an init accessor (dotnet/runtime#107898).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
