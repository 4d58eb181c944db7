using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Batches;

/// <summary>The result of one request of a batch: the <see cref="CustomId"/> it was sent with, and either the body
/// the endpoint answered with (as that endpoint's own record) or the error it failed with.</summary>
/// <typeparam name="TResponse">The endpoint's record: <c>ChatCompletion</c>, <c>CreateEmbeddingResponse</c>,
/// <c>Completion</c>, <c>CreateModerationResponse</c>.</typeparam>
/// <remarks>A line of the output file has a 2xx response; a line of the error file has a 4xx/5xx response (its body's
/// <c>error</c> is <see cref="Error"/>) or no response and an <c>error</c> of its own (an expired or cancelled batch's
/// requests that never ran).</remarks>
public sealed record BatchResult<TResponse>
    where TResponse : class
{
    /// <summary>Gets the service's id of the request (<c>batch_req_...</c>); empty for a request that never ran and
    /// was reported by the client.</summary>
    public string Id { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the id the request was written with, to match the result to its input.</summary>
    public string CustomId { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the HTTP status the request got, or null when it never ran.</summary>
    public int? StatusCode { get; init; }

    /// <summary>Gets the <c>x-request-id</c> of the request, or null.</summary>
    public string? RequestId { get; init; }

    /// <summary>Gets the endpoint's response, for a request that succeeded; otherwise null.</summary>
    public TResponse? Body { get; init; }

    /// <summary>Gets why the request failed, for one that did; otherwise null.</summary>
    public ApiError? Error { get; init; }

    /// <summary>Gets the fields of the result line this record does not model, kept as sent.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Gets whether the request succeeded and its body was read.</summary>
    [JsonIgnore]
    [MemberNotNullWhen(true, nameof(Body))]
    public bool IsSuccess => Body is not null;

    /// <summary>Gets the endpoint's response, when the request succeeded.</summary>
    /// <param name="body">The response when there is one.</param>
    /// <returns>True when the request succeeded.</returns>
    /// <example><code>if (result.TryGetBody(out var completion)) { Console.WriteLine(completion.Choices[0].Message.Content); }</code></example>
    public bool TryGetBody([NotNullWhen(true)] out TResponse? body)
    {
        body = Body;
        return body is not null;
    }

    /// <summary>Gets why the request failed, when it did.</summary>
    /// <param name="error">The error when there is one.</param>
    /// <returns>True when the request failed.</returns>
    public bool TryGetError([NotNullWhen(true)] out ApiError? error)
    {
        error = Error;
        return error is not null;
    }

    /// <summary>Prints the members a person wants to see (counts for lists, nothing for what is empty), for <c>ToString()</c>.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder) => RecordText.Print(builder, ("Id", Id), ("CustomId", CustomId), ("StatusCode", StatusCode), ("Body", Body), ("Error", Error));
}
