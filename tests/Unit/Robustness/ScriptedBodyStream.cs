using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Oai.UnitTests.Robustness;

/// <summary>A response body as the network delivers it: a few bytes per read, then the end, a stall (until the
/// server shuts down, or the client closes the stream, as closing a socket ends a read waiting on it) or a dropped
/// connection.</summary>
internal sealed class ScriptedBodyStream(Reply reply, CancellationToken serverShutdown) : Stream
{
    private readonly CancellationTokenSource _closed = new();
    private readonly int _limit = reply.End == BodyEnd.Complete ? reply.Body.Length : Math.Min(reply.Cutoff, reply.Body.Length);
    private int _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) =>
        ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (_position < _limit)
        {
            // Up to 4 KB per read, so events and characters are split across reads as on a real socket.
            var n = Math.Min(Math.Min(buffer.Length, 4096), _limit - _position);
            reply.Body.AsSpan(_position, n).CopyTo(buffer.Span);
            _position += n;
            return n;
        }

        switch (reply.End)
        {
            case BodyEnd.Stall:
                using (var both = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, serverShutdown, _closed.Token))
                {
                    try
                    {
                        await Task.Delay(Timeout.Infinite, both.Token);
                    }
                    catch (OperationCanceledException) when (_closed.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
                    {
                        throw new ObjectDisposedException(nameof(ScriptedBodyStream), "The stream was closed while a read waited on it.");
                    }
                    catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                    {
                        throw new IOException("The server shut down the stalled connection.");
                    }
                }

                throw new OperationCanceledException(cancellationToken);
            case BodyEnd.Drop:
                throw new IOException("The response ended prematurely. (ResponseEnded)");
            default:
                return 0;
        }
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _closed.Cancel();
        }

        base.Dispose(disposing);
    }
}
