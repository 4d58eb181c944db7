using System;
using System.Net.Http.Headers;
using System.Text.Json.Serialization.Metadata;

namespace Oai.Pipeline;

/// <summary>An operation answered with one JSON body, buffered inside the retried attempt and parsed into <typeparamref name="TResult"/>.</summary>
/// <typeparam name="TRequest">The caller's request type.</typeparam>
/// <typeparam name="TResult">The response record.</typeparam>
internal sealed class JsonOperation<TRequest, TResult> : Operation<TRequest, TResult>
{
    private static readonly MediaTypeWithQualityHeaderValue s_json = new("application/json");

    /// <summary>Gets how the response is parsed.</summary>
    public required JsonTypeInfo<TResult> ResultType { get; init; }

    /// <summary>Gets a hand-written reader that parses a buffered body as <see cref="ResultType"/> does, at less cost
    /// (<c>ChatCompletionReader</c>), or null to use the serializer; a body it rejects is read again by the serializer.</summary>
    public Func<ReadOnlySpan<byte>, TResult?>? Reader { get; init; }

    public override MediaTypeWithQualityHeaderValue Accept => s_json;
}
