using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;

namespace Oai.Pipeline;

/// <summary>A response body read whole into pooled arrays, in place of the transport's content: the bytes are
/// parsed where they lie and the arrays go back to the pool when the response is disposed, so a large body (an
/// embeddings response of 33 MB) costs no body-sized array of its own.</summary>
/// <remarks>Segments double from 16 KiB (a small body is one segment) and come from <see cref="ArrayPool{T}.Shared"/>.
/// Reading after disposal fails as for any disposed content.</remarks>
internal sealed class PooledBody : HttpContent
{
    private const int FirstSegment = 16 * 1024;
    private readonly List<byte[]> _segments = [];
    private long _length;
    private int _lastUsed;
    private int _disposed;

    private PooledBody()
    {
    }

    /// <summary>Reads <paramref name="source"/> to its end (its failures are those of
    /// <see cref="HttpContent.LoadIntoBufferAsync()"/>) into a pooled body carrying the same content headers.</summary>
    public static async Task<PooledBody> ReadAsync(HttpContent source, CancellationToken cancellationToken)
    {
        var body = new PooledBody();
        try
        {
            await source.CopyToAsync(new Sink(body), cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            body.Dispose();
            throw;
        }

        foreach (var header in source.Headers)
        {
            body.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        return body;
    }

    /// <summary>Parses the whole body with <paramref name="read"/> when given (from one contiguous span), otherwise
    /// with <paramref name="type"/>, from the pooled bytes.</summary>
    public T? Deserialize<T>(JsonTypeInfo<T> type, Func<ReadOnlySpan<byte>, T?>? read = null)
    {
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        if (_segments.Count <= 1)
        {
            return read is null ? JsonSerializer.Deserialize(Span(0), type) : read(Span(0));
        }

        if (read is null)
        {
            var reader = new Utf8JsonReader(Sequence());
            var value = JsonSerializer.Deserialize(ref reader, type);

            // Deserializing from a reader stops after one value; reading on rejects what follows it, as the span path does.
            return reader.Read() ? throw new JsonException("The body continues after its JSON value.") : value;
        }

        // A body over one segment (a long answer) is copied once into a pooled array: the reader wants one span (and,
        // as the serializer's span path, rejects what follows the value).
        var whole = ArrayPool<byte>.Shared.Rent(checked((int)_length));
        try
        {
            Sequence().CopyTo(whole);
            return read(whole.AsSpan(0, (int)_length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(whole);
        }
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        for (var i = 0; i < _segments.Count; i++)
        {
            await stream.WriteAsync(_segments[i].AsMemory(0, Used(i)), cancellationToken).ConfigureAwait(false);
        }
    }

    protected override Task<Stream> CreateContentReadStreamAsync() => Task.FromResult(CreateContentReadStream(CancellationToken.None));

    protected override Stream CreateContentReadStream(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        return _segments.Count <= 1
            ? new MemoryStream(_segments.Count == 0 ? [] : _segments[0], 0, (int)_length, writable: false)
            : new ReadOnlySequenceStream(Sequence());
    }

    protected override bool TryComputeLength(out long length)
    {
        length = _length;
        return true;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            foreach (var segment in _segments)
            {
                ArrayPool<byte>.Shared.Return(segment);
            }

            _segments.Clear();
        }

        base.Dispose(disposing);
    }

    private int Used(int index) => index == _segments.Count - 1 ? _lastUsed : _segments[index].Length;

    private ReadOnlySpan<byte> Span(int index) => _segments.Count == 0 ? [] : _segments[index].AsSpan(0, Used(index));

    private ReadOnlySequence<byte> Sequence()
    {
        var first = new Segment(_segments[0].AsMemory(0, Used(0)), 0);
        var last = first;
        for (var i = 1; i < _segments.Count; i++)
        {
            last = last.Append(_segments[i].AsMemory(0, Used(i)));
        }

        return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
    }

    private void Write(ReadOnlySpan<byte> bytes)
    {
        while (!bytes.IsEmpty)
        {
            if (_segments.Count == 0 || _lastUsed == _segments[^1].Length)
            {
                // Doubling keeps the count of segments small (a 33 MB body is 12) and every size poolable.
                var size = _segments.Count == 0 ? FirstSegment : Math.Min(_segments[^1].Length * 2, 1 << 30);
                _segments.Add(ArrayPool<byte>.Shared.Rent(size));
                _lastUsed = 0;
            }

            var target = _segments[^1].AsSpan(_lastUsed);
            var n = Math.Min(target.Length, bytes.Length);
            bytes[..n].CopyTo(target);
            _lastUsed += n;
            _length += n;
            bytes = bytes[n..];
        }
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }

    /// <summary>The write side <see cref="HttpContent.CopyToAsync(Stream, CancellationToken)"/> fills.</summary>
    private sealed class Sink(PooledBody body) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => body._length;

        public override long Position { get => body._length; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => body.Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer) => body.Write(buffer);

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            body.Write(buffer.AsSpan(offset, count));
            return Task.CompletedTask;
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            body.Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }

    /// <summary>A read-only stream over the segments of a large body.</summary>
    private sealed class ReadOnlySequenceStream(ReadOnlySequence<byte> bytes) : Stream
    {
        private readonly long _length = bytes.Length;
        private ReadOnlySequence<byte> _rest = bytes;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => _length;

        public override long Position { get => _length - _rest.Length; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = (int)Math.Min(buffer.Length, _rest.Length);
            _rest.Slice(0, n).CopyTo(buffer);
            _rest = _rest.Slice(n);
            return n;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => new(Read(buffer.Span));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Task.FromResult(Read(buffer, offset, count));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
