using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Batches;

/// <summary>The body of a create batch request (<c>POST /v1/batches</c>).</summary>
/// <remarks>See the <see href="https://platform.openai.com/docs/api-reference/batch/create">API reference</see>.</remarks>
/// <example><code>
/// var request = new BatchRequest { InputFileId = file.Id, Endpoint = BatchEndpoint.ChatCompletions };
/// </code></example>
public sealed record BatchRequest
{
    /// <summary>The completion window the service offers, and the default: <c>24h</c>.</summary>
    public const string DefaultCompletionWindow = "24h";

    /// <summary>Gets the id of an uploaded JSONL file (purpose <c>batch</c>) with the requests, one per line.</summary>
    [JsonPropertyName("input_file_id")]
    [JsonPropertyOrder(-3)]
    public required string InputFileId { get; init; }

    /// <summary>Gets the endpoint every line goes to; it must match the <c>url</c> of each line.</summary>
    [JsonPropertyName("endpoint")]
    [JsonPropertyOrder(-2)]
    public required BatchEndpoint Endpoint { get; init; }

    /// <summary>Gets the time frame to run the batch within; <see cref="DefaultCompletionWindow"/> unless set.</summary>
    [JsonPropertyName("completion_window")]
    [JsonPropertyOrder(-1)]
    public string CompletionWindow { get; init; } = DefaultCompletionWindow;

    /// <summary>Gets up to 16 key-value pairs attached to the batch, or null.</summary>
    [JsonPropertyName("metadata")]
    public IDictionary<string, string>? Metadata { get; init; }

    /// <summary>Gets parameters this record does not model yet (<c>output_expires_after</c>, for example), sent as
    /// top-level JSON fields.</summary>
    // A setter, not init: the source generator cannot bind init-only extension data.
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
