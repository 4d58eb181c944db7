using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Batches;

/// <summary>A batch, as creating, retrieving, cancelling and listing batches return it.</summary>
/// <remarks>See <see href="https://platform.openai.com/docs/api-reference/batch/object">the batch object</see>. The live
/// service sends <c>"errors": null</c> and <c>"model": null</c> until it knows better.</remarks>
public sealed record Batch
{
    /// <summary>Gets the batch id (<c>batch_...</c>).</summary>
    [JsonPropertyName("id")]
    public string Id { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the object kind, <see cref="ObjectKind.Batch"/>.</summary>
    [JsonPropertyName("object")]
    public ObjectKind Object { get; init => field = value.OrDefault(ObjectKind.Batch); } = ObjectKind.Batch;

    /// <summary>Gets the endpoint every request of the batch goes to, for example <c>/v1/chat/completions</c>.</summary>
    [JsonPropertyName("endpoint")]
    public BatchEndpoint Endpoint { get; init; }

    /// <summary>Gets the model the batch's requests use, or null until the service has read the input.</summary>
    [JsonPropertyName("model")]
    public string? Model { get; init; }

    /// <summary>Gets the batch's state.</summary>
    [JsonPropertyName("status")]
    public BatchStatus Status { get; init; }

    /// <summary>Gets the id of the input file.</summary>
    [JsonPropertyName("input_file_id")]
    public string InputFileId { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the id of the file with the successful requests' results, or null until there is one.</summary>
    [JsonPropertyName("output_file_id")]
    public string? OutputFileId { get; init; }

    /// <summary>Gets the id of the file with the failed requests' results, or null when none failed.</summary>
    [JsonPropertyName("error_file_id")]
    public string? ErrorFileId { get; init; }

    /// <summary>Gets the time frame the batch runs within (<c>24h</c>).</summary>
    [JsonPropertyName("completion_window")]
    public string CompletionWindow { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets why the input was rejected, for a batch in <see cref="BatchStatus.Failed"/>; null otherwise.</summary>
    [JsonPropertyName("errors")]
    public ListPage<BatchError>? Errors { get; init; }

    /// <summary>Gets how many requests have run.</summary>
    [JsonPropertyName("request_counts")]
    public BatchRequestCounts RequestCounts { get; init => field = value ?? new(); } = new();

    /// <summary>Gets the tokens used so far, or null when not sent.</summary>
    [JsonPropertyName("usage")]
    public BatchUsage? Usage { get; init; }

    /// <summary>Gets when the batch was created.</summary>
    [JsonPropertyName("created_at")]
    [JsonConverter(typeof(UnixTimeConverter))]
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Gets when the batch started running, or null.</summary>
    [JsonPropertyName("in_progress_at")]
    [JsonConverter(typeof(NullableUnixTimeConverter))]
    public DateTimeOffset? InProgressAt { get; init; }

    /// <summary>Gets when the batch expires (or expired), or null.</summary>
    [JsonPropertyName("expires_at")]
    [JsonConverter(typeof(NullableUnixTimeConverter))]
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>Gets when the batch started finalizing, or null.</summary>
    [JsonPropertyName("finalizing_at")]
    [JsonConverter(typeof(NullableUnixTimeConverter))]
    public DateTimeOffset? FinalizingAt { get; init; }

    /// <summary>Gets when the batch completed, or null.</summary>
    [JsonPropertyName("completed_at")]
    [JsonConverter(typeof(NullableUnixTimeConverter))]
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>Gets when the batch failed, or null.</summary>
    [JsonPropertyName("failed_at")]
    [JsonConverter(typeof(NullableUnixTimeConverter))]
    public DateTimeOffset? FailedAt { get; init; }

    /// <summary>Gets when the batch expired, or null.</summary>
    [JsonPropertyName("expired_at")]
    [JsonConverter(typeof(NullableUnixTimeConverter))]
    public DateTimeOffset? ExpiredAt { get; init; }

    /// <summary>Gets when cancellation was asked for, or null.</summary>
    [JsonPropertyName("cancelling_at")]
    [JsonConverter(typeof(NullableUnixTimeConverter))]
    public DateTimeOffset? CancellingAt { get; init; }

    /// <summary>Gets when the batch was cancelled, or null.</summary>
    [JsonPropertyName("cancelled_at")]
    [JsonConverter(typeof(NullableUnixTimeConverter))]
    public DateTimeOffset? CancelledAt { get; init; }

    /// <summary>Gets the caller's metadata, or null when none was set.</summary>
    [JsonPropertyName("metadata")]
    public IReadOnlyDictionary<string, string>? Metadata { get; init; }

    /// <summary>Gets the fields this record does not model, kept as sent.</summary>
    // set, not init: the source generator cannot bind [JsonExtensionData] to an init accessor (dotnet/runtime#107898).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Gets whether the batch has finished for good: completed, failed, expired or cancelled.</summary>
    [JsonIgnore]
    public bool IsTerminal =>
        Status == BatchStatus.Completed || Status == BatchStatus.Failed || Status == BatchStatus.Expired || Status == BatchStatus.Cancelled;

    /// <summary>Gets whether the input was rejected, and why.</summary>
    /// <param name="errors">The validation errors when there are any.</param>
    /// <returns>True when the batch carries at least one error.</returns>
    public bool TryGetErrors([NotNullWhen(true)] out IReadOnlyList<BatchError>? errors)
    {
        errors = Errors is { Data.Count: > 0 } page ? page.Data : null;
        return errors is not null;
    }

    /// <summary>Prints the members a person wants to see (counts for lists, nothing for what is empty), for <c>ToString()</c>.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder) => RecordText.Print(builder, ("Id", Id), ("Object", Object), ("Endpoint", Endpoint), ("Model", Model), ("Status", Status), ("Completed", RequestCounts.Completed), ("Failed", RequestCounts.Failed), ("Total", RequestCounts.Total), ("CreatedAt", CreatedAt), ("InputFileId", InputFileId), ("OutputFileId", OutputFileId), ("ErrorFileId", ErrorFileId));
}
