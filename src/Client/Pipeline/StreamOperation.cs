using System;
using System.Net.Http.Headers;
using System.Text.Json.Serialization.Metadata;

namespace Oai.Pipeline;

/// <summary>An operation answered with a server-sent event stream of <typeparamref name="TChunk"/> records, read as it arrives.</summary>
/// <typeparam name="TRequest">The caller's request type.</typeparam>
/// <typeparam name="TChunk">The chunk record.</typeparam>
internal sealed class StreamOperation<TRequest, TChunk> : Operation<TRequest, TChunk>
{
    private static readonly MediaTypeWithQualityHeaderValue s_eventStream = new("text/event-stream");

    /// <summary>Gets how each event's data is parsed.</summary>
    public required JsonTypeInfo<TChunk> ChunkType { get; init; }

    /// <summary>Gets the <c>error</c> object an event may carry instead of a chunk, or null when chunks carry none.</summary>
    public Func<TChunk, ApiError?>? StreamError { get; init; }

    /// <summary>Gets what tells the stream's last event (the stream then ends without <c>[DONE]</c>), or null for
    /// streams that end with <c>data: [DONE]</c>.</summary>
    public Func<TChunk, bool>? IsLast { get; init; }

    /// <summary>Gets the type a chunk declares, checked against the SSE <c>event:</c> name when the server sends one;
    /// null for streams whose events carry no name.</summary>
    public Func<TChunk, string>? EventType { get; init; }

    /// <summary>Gets how the stream's end is named in errors, for example <c>its [DONE] event</c>.</summary>
    public string End { get; init; } = "its [DONE] event";

    public override MediaTypeWithQualityHeaderValue Accept => s_eventStream;
}
