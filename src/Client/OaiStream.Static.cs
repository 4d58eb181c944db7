using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Threading;

namespace Oai;

/// <summary>Builds <see cref="OaiStream{T}"/> test doubles, so a mocked streaming method is one line.</summary>
/// <example>
/// <code>
/// chat.Setup(c => c.CreateStreamAsync(It.IsAny&lt;ChatCompletionRequest&gt;(), null, default))
///     .Returns(() => OaiStream.FromChunks([chunk1, chunk2]));
/// </code>
/// </example>
public static class OaiStream
{
    /// <summary>Creates a stream that yields <paramref name="chunks"/> in order, then ends, as a stream read to its
    /// <c>[DONE]</c> would.</summary>
    /// <typeparam name="T">The chunk record.</typeparam>
    /// <param name="chunks">The chunks, copied now.</param>
    /// <param name="requestId">The <c>x-request-id</c> that <see cref="OaiStream{T}.RequestId"/> reports once enumeration has started, or null for none.</param>
    /// <returns>The stream.</returns>
    /// <remarks>Like a real stream it can be enumerated once, and its headers appear on the first <c>MoveNextAsync</c>;
    /// a mock that returns it for several calls should build a new one per call (<c>Returns(() =&gt; ...)</c>).
    /// Cancellation is honoured between chunks.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="chunks"/> is null.</exception>
    public static OaiStream<T> FromChunks<T>(IEnumerable<T> chunks, string? requestId = null)
    {
        ArgumentNullException.ThrowIfNull(chunks);
        return new ChunkStream<T>([.. chunks], requestId);
    }

    /// <summary>A stream over a list of chunks, enumerable once.</summary>
    private sealed class ChunkStream<T>(T[] chunks, string? requestId) : OaiStream<T>
    {
        private int _started;

        public override IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
        {
            if (Interlocked.Exchange(ref _started, 1) != 0)
            {
                throw new InvalidOperationException("This stream was already enumerated; a stream can be enumerated once.");
            }

            return ReadAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);
        }

        private async IAsyncEnumerable<T> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            using var response = new HttpResponseMessage();
            if (requestId is not null)
            {
                response.Headers.TryAddWithoutValidation("x-request-id", requestId);
            }

            cancellationToken.ThrowIfCancellationRequested();
            ResponseHeaders = response.Headers;
            foreach (var chunk in chunks.AsEnumerable())
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return chunk;
            }

            await System.Threading.Tasks.Task.CompletedTask.ConfigureAwait(false);
        }
    }
}
