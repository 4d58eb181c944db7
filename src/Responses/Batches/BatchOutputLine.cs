using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Batches;

/// <summary>One line of a batch's output or error file, as sent; <see cref="BatchResultReader"/> turns it into a
/// typed <see cref="BatchResult{TResponse}"/>.</summary>
internal sealed record BatchOutputLine
{
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("custom_id")]
    public string? CustomId { get; init; }

    [JsonPropertyName("response")]
    public BatchOutputResponse? Response { get; init; }

    [JsonPropertyName("error")]
    public BatchError? Error { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The <c>response</c> of a result line: the HTTP status, request id and body the request got.</summary>
internal sealed record BatchOutputResponse
{
    [JsonPropertyName("status_code")]
    public int StatusCode { get; init; }

    [JsonPropertyName("request_id")]
    public string? RequestId { get; init; }

    [JsonPropertyName("body")]
    public JsonElement? Body { get; init; }
}

/// <summary>The only field of an input line that reading it back needs: its <c>custom_id</c>.</summary>
internal sealed record BatchInputLineId
{
    [JsonPropertyName("custom_id")]
    public string? CustomId { get; init; }
}
