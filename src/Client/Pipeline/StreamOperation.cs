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

    /// <summary>Gets a factory of the reader for one stream's events, used instead of <see cref="ChunkType"/> when
    /// set: a stream's reader may keep what repeats from one chunk to the next.</summary>
    public Func<Func<ReadOnlySpan<byte>, TChunk?>>? NewChunkReader { get; init; }

    /// <summary>Gets the <c>error</c> object an event may carry instead of a chunk, or null when chunks carry none.</summary>
    public Func<TChunk, ApiError?>? StreamError { get; init; }

    public override MediaTypeWithQualityHeaderValue Accept => s_eventStream;
}
