using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Oai.UnitTests.Hardening;

/// <summary>A response body that hands out its segments one read at a time, then goes silent like a stalled
/// server: a read waits until its token is cancelled or the stream is disposed.</summary>
internal sealed class StallingStream(params byte[][] segments) : Stream
{
    private readonly TaskCompletionSource _disposed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _next;

    /// <summary>Completes when a read has started waiting on the silence.</summary>
    public TaskCompletionSource Stalled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool Disposed => _disposed.Task.IsCompleted;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => 0; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (TryNext(buffer.AsSpan(offset, count), out var n))
        {
            return n;
        }

        Stalled.TrySetResult();
        _disposed.Task.Wait();
        throw new ObjectDisposedException(nameof(StallingStream));
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (TryNext(buffer.Span, out var n))
        {
            return n;
        }

        Stalled.TrySetResult();
        await _disposed.Task.WaitAsync(cancellationToken);
        throw new ObjectDisposedException(nameof(StallingStream));
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        _disposed.TrySetResult();
        base.Dispose(disposing);
    }

    private bool TryNext(Span<byte> buffer, out int read)
    {
        read = 0;
        if (_next >= segments.Length)
        {
            return false;
        }

        var segment = segments[_next++];
        segment.CopyTo(buffer);
        read = segment.Length;
        return true;
    }
}
