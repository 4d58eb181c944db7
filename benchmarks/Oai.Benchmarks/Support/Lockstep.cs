using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace Oai.Benchmarks.Support;

/// <summary>A transport whose response body is fed by the benchmark one event at a time, so the time from a chunk's
/// bytes arriving to the caller's <c>await foreach</c> seeing it can be measured in lockstep.</summary>
public sealed class LockstepHandler : HttpMessageHandler
{
    private FeedStream? _next;

    /// <summary>Prepares the body of the next request.</summary>
    public FeedStream Next() => _next = new FeedStream();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is { } content)
        {
            await content.CopyToAsync(Stream.Null, cancellationToken).ConfigureAwait(false);
        }

        var feed = Interlocked.Exchange(ref _next, null) ?? throw new InvalidOperationException("No feed prepared.");
        var body = new StreamContent(feed);
        body.Headers.ContentType = new MediaTypeHeaderValue("text/event-stream");
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = body, RequestMessage = request };
    }

    /// <summary>A body stream that hands out what <see cref="Write"/> gave it, as a socket would.</summary>
    public sealed class FeedStream : Stream
    {
        private readonly Channel<ReadOnlyMemory<byte>> _writes = Channel.CreateUnbounded<ReadOnlyMemory<byte>>(new() { SingleReader = true, SingleWriter = true });
        private readonly SemaphoreSlim _seen = new(0);
        private ReadOnlyMemory<byte> _current;

        public void Write(ReadOnlyMemory<byte> bytes) => _writes.Writer.TryWrite(bytes);

        public void End() => _writes.Writer.TryComplete();

        /// <summary>Called by the consumer when its loop sees a chunk.</summary>
        public void Seen() => _seen.Release();

        public Task WaitSeenAsync() => _seen.WaitAsync();

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            while (_current.IsEmpty)
            {
                if (!await _writes.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    return 0;
                }

                _writes.Reader.TryRead(out _current);
            }

            var n = Math.Min(buffer.Length, _current.Length);
            _current.Span[..n].CopyTo(buffer.Span);
            _current = _current[n..];
            return n;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count, CancellationToken.None).GetAwaiter().GetResult();

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
