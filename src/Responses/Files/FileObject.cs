using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Files;

/// <summary>An uploaded file, as <c>POST /files</c>, <c>GET /files/{file_id}</c> and the file listing return it.</summary>
/// <remarks>See <see href="https://platform.openai.com/docs/api-reference/files/object">the file object</see>. The live
/// service sends <c>"expires_at": null</c> for files without an expiry.</remarks>
public sealed record FileObject
{
    /// <summary>Gets the file id (<c>file-...</c>), used wherever the API takes a file.</summary>
    [JsonPropertyName("id")]
    public string Id { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the object kind, <see cref="ObjectKind.File"/>.</summary>
    [JsonPropertyName("object")]
    public ObjectKind Object { get; init => field = value.OrDefault(ObjectKind.File); } = ObjectKind.File;

    /// <summary>Gets the size of the file in bytes.</summary>
    [JsonPropertyName("bytes")]
    public long Bytes { get; init; }

    /// <summary>Gets when the file was created.</summary>
    [JsonPropertyName("created_at")]
    [JsonConverter(typeof(UnixTimeConverter))]
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Gets when the file expires, or null when it does not (the service sends null).</summary>
    [JsonPropertyName("expires_at")]
    [JsonConverter(typeof(NullableUnixTimeConverter))]
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>Gets the file's name as uploaded.</summary>
    [JsonPropertyName("filename")]
    public string FileName { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets what the file is for.</summary>
    [JsonPropertyName("purpose")]
    public FilePurpose Purpose { get; init; }

    /// <summary>Gets the processing state, or null when not sent (deprecated by the service).</summary>
    [JsonPropertyName("status")]
    public FileStatus? Status { get; init; }

    /// <summary>Gets why validation failed, for a file in <see cref="FileStatus.Error"/>; null otherwise (deprecated by the service).</summary>
    [JsonPropertyName("status_details")]
    public string? StatusDetails { get; init; }

    /// <summary>Gets the fields this record does not model, kept as sent.</summary>
    // set, not init: the source generator cannot bind [JsonExtensionData] to an init accessor (dotnet/runtime#107898).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Gets whether the service has processed the file.</summary>
    [JsonIgnore]
    public bool IsProcessed => Status == FileStatus.Processed;

    /// <summary>Gets whether the file expires, and when.</summary>
    /// <param name="expiresAt">The expiry time when there is one.</param>
    /// <returns>True when <c>expires_at</c> was a time, false when it was null or absent.</returns>
    /// <example><code>if (file.TryGetExpiry(out var when)) { Console.WriteLine($"expires {when:u}"); }</code></example>
    public bool TryGetExpiry(out DateTimeOffset expiresAt)
    {
        expiresAt = ExpiresAt.GetValueOrDefault();
        return ExpiresAt.HasValue;
    }

    /// <summary>Prints the members a person wants to see (counts for lists, nothing for what is empty), for <c>ToString()</c>.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder) => RecordText.Print(builder, ("Id", Id), ("Object", Object), ("FileName", FileName), ("Purpose", Purpose), ("Bytes", Bytes), ("Status", Status), ("CreatedAt", CreatedAt), ("ExpiresAt", ExpiresAt), ("StatusDetails", StatusDetails));
}
