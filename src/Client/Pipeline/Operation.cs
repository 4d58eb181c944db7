using System;
using System.Net.Http;
using System.Net.Http.Headers;
using Oai.Telemetry;

namespace Oai.Pipeline;

/// <summary>Describes one API operation to the pipeline: where it goes and what it sends. What comes back is said by
/// the kind of operation: <see cref="JsonOperation{TRequest,TResult}"/>, <see cref="StreamOperation{TRequest,TChunk}"/>
/// or <see cref="ContentOperation{TRequest}"/>, each taken by its own pipeline method.</summary>
/// <typeparam name="TRequest">The caller's request type.</typeparam>
/// <typeparam name="TResult">What telemetry observes: the response record, a stream's chunk record, or a download's
/// content headers.</typeparam>
/// <remarks>
/// Endpoint groups hold one static instance per method, so describing a call allocates nothing. With the request
/// type and the telemetry mapping next to it, this is what an endpoint says about a call; the pipeline does the rest,
/// for every endpoint alike.
/// </remarks>
internal abstract class Operation<TRequest, TResult>
{
    private NamedModel? _lastSpanName;

    /// <summary>Gets the operation name, as the GenAI conventions spell it (<c>chat</c>, <c>embeddings</c>, <c>files.create</c>).</summary>
    public required string Name { get; init; }

    public required HttpMethod Method { get; init; }

    /// <summary>Gets the request path relative to the base URL, ids already escaped.</summary>
    public required Func<TRequest, string> Path { get; init; }

    /// <summary>Gets the body to send, or null for none. Built afresh per call; a retried attempt sends it again, so it
    /// must be re-readable, except a <see cref="MultipartBody"/> over a non-seekable stream, which is sent once.</summary>
    public Func<TRequest, HttpContent?>? Content { get; init; }

    /// <summary>Gets the operation's span and metric attributes; null for an operation with only the common ones.</summary>
    public OperationTelemetry<TRequest, TResult>? Telemetry { get; init; }

    /// <summary>The span name for a call with <paramref name="model"/>: <c>{operation} {model}</c>, or the operation
    /// alone without a model. The last name is kept, so calls that keep to one model build it once.</summary>
    public string SpanName(string? model)
    {
        if (model is null)
        {
            return Name;
        }

        // One immutable pair, read once: racing calls with different models each get their own right name.
        var last = _lastSpanName;
        if (last is not null && last.Model == model)
        {
            return last.Name;
        }

        var name = $"{Name} {model}";
        _lastSpanName = new(model, name);
        return name;
    }

    /// <summary>Gets the <c>Accept</c> header the operation's kind of response asks for.</summary>
    public abstract MediaTypeWithQualityHeaderValue Accept { get; }

    private sealed record NamedModel(string Model, string Name);
}
