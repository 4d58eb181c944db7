using System;
using System.Net.Http;
using System.Text.Json.Serialization.Metadata;
using Oai.Responses;
using Oai.Telemetry;

namespace Oai.Pipeline;

/// <summary>Describes one API operation to the pipeline: where it goes, what it sends, what comes back.</summary>
/// <typeparam name="TRequest">The caller's request type.</typeparam>
/// <typeparam name="TResult">The response record, or for a stream the chunk record.</typeparam>
/// <remarks>
/// Endpoint groups hold one static instance per method, so describing a call allocates nothing. With the request
/// type and the telemetry mapping next to it, this is what an endpoint says about a call; the pipeline does the rest,
/// for every endpoint alike.
/// </remarks>
internal sealed class Operation<TRequest, TResult>
{
    /// <summary>Gets the operation name, as the GenAI conventions spell it (<c>chat</c>, <c>embeddings</c>, <c>files.create</c>).</summary>
    public required string Name { get; init; }

    public required HttpMethod Method { get; init; }

    /// <summary>Gets the request path relative to the base URL, ids already escaped.</summary>
    public required Func<TRequest, string> Path { get; init; }

    /// <summary>Gets the body to send, or null for none. Built afresh per call; a retried attempt sends it again, so it
    /// must be re-readable, except a <see cref="MultipartBody"/> over a non-seekable stream, which the pipeline sends once.</summary>
    public Func<TRequest, HttpContent?>? Content { get; init; }

    /// <summary>Gets how the response (or each stream chunk) is parsed; null for raw content, which is not parsed.</summary>
    public JsonTypeInfo<TResult>? ResultType { get; init; }

    /// <summary>Gets <see cref="ResultType"/> for the JSON and event-stream paths, which cannot run without one.</summary>
    internal JsonTypeInfo<TResult> JsonResultType =>
        ResultType ?? throw new InvalidOperationException($"The operation {Name} has no JSON result type.");

    /// <summary>Gets, for streams, the <c>error</c> object an event may carry instead of a chunk.</summary>
    public Func<TResult, ApiError?>? StreamError { get; init; }

    /// <summary>Gets the operation's span and metric attributes; null for an operation with only the common ones.</summary>
    public OperationTelemetry<TRequest, TResult>? Telemetry { get; init; }
}
