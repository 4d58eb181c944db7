using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Oai.Pipeline;

/// <summary>A response body read from the network as its reader asks (an event stream or a file's content): it
/// owns the response, bounds each wait for bytes, turns every read failure into the library's exceptions, and
/// reports the end of the call (end of body, failure or disposal) exactly once.</summary>
/// <remarks>
/// A read that fails becomes <see cref="OaiStreamException"/> (the connection broke off),
/// <see cref="OaiInvalidResponseException"/> (the bytes could not be decoded: a corrupt or mislabelled
/// <c>Content-Encoding</c>) or <see cref="OaiTimeoutException"/> (no bytes for the idle timeout); the caller's own
/// cancellation passes through as it is.
/// </remarks>
internal sealed class ContentStream : Stream
{
    private readonly Stream _body;
    private readonly HttpResponseMessage _response;
    private readonly Settings _settings;
    private readonly CancellationTokenSource? _idle;
    private CancellationTokenSource? _linked;
    private CancellationToken _linkedFor;
    private Action<Exception?, bool, bool>? _onEnd;
    private long _position;
    private int _reading;
    private volatile bool _disposed;

    /// <param name="body">The network stream.</param>
    /// <param name="response">The response that owns it; disposed with this stream.</param>
    /// <param name="settings">How failures are described, and the idle timeout.</param>
    /// <param name="onEnd">Called once with (error, completed, cancelled), or null when nothing listens.</param>
    public ContentStream(Stream body, HttpResponseMessage response, Settings settings, Action<Exception?, bool, bool>? onEnd)
    {
        _body = body;
        _response = response;
        _settings = settings;
        _onEnd = onEnd;
        if (settings.IdleTimeout != Timeout.InfiniteTimeSpan)
        {
            _idle = new CancellationTokenSource(Timeout.InfiniteTimeSpan, settings.TimeProvider);

            // Closing the body also ends a synchronous read, which no token reaches.
            _idle.Token.UnsafeRegister(static stream => ((ContentStream)stream!).OnIdle(), this);
        }
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException("The content is read from the network; its length is not known in advance.");

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        try
        {
            Arm();
            return Track(_body.Read(buffer), buffer.Length);
        }
        catch (Exception ex)
        {
            var mapped = Fail(ex, CancellationToken.None);
            if (ReferenceEquals(mapped, ex))
            {
                throw;
            }

            throw mapped;
        }
        finally
        {
            Disarm();
        }
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        try
        {
            Arm();
            return Track(await _body.ReadAsync(buffer, ReadToken(cancellationToken)).ConfigureAwait(false), buffer.Length);
        }
        catch (Exception ex)
        {
            var mapped = Fail(ex, cancellationToken);
            if (ReferenceEquals(mapped, ex))
            {
                throw;
            }

            throw mapped;
        }
        finally
        {
            Disarm();
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
            // Disposed before the end: the caller stopped reading early.
            _disposed = true;
            End(null, completed: false, cancelled: false);

            // The idle source is left to the collector, not disposed: a read still pending on another thread
            // disarms it in its finally block, and its timer is disarmed whenever no read is running.
            _linked?.Dispose();
            _body.Dispose();
            _response.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>The token a read waits on: the caller's, ended also by the idle timer (one linked source per caller
    /// token, not one per read).</summary>
    private CancellationToken ReadToken(CancellationToken cancellationToken)
    {
        if (_idle is null)
        {
            return cancellationToken;
        }

        if (!cancellationToken.CanBeCanceled)
        {
            return _idle.Token;
        }

        if (_linked is null || _linkedFor != cancellationToken)
        {
            _linked?.Dispose();
            _linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _idle.Token);
            _linkedFor = cancellationToken;
        }

        return _linked.Token;
    }

    private int Track(int read, int requested)
    {
        _position += read;
        if (read == 0 && requested > 0)
        {
            End(null, completed: true, cancelled: false);
        }

        return read;
    }

    /// <summary>Ends the call with the failure and returns what the caller sees.</summary>
    private Exception Fail(Exception error, CancellationToken cancellationToken)
    {
        var cancelled = cancellationToken.IsCancellationRequested;
        var mapped = error switch
        {
            _ when cancelled => error,
            _ when _disposed => new ObjectDisposedException(nameof(ContentStream), "The content stream was disposed while a read was waiting on it."),
            OaiException => error,
            _ when _idle?.IsCancellationRequested == true => new OaiTimeoutException(
                $"{_settings.Subject} received no data for {_settings.IdleTimeout} (the client's StreamIdleTimeout) after {_position} bytes; the connection was closed.",
                error),
            _ when BufferingHandler.IsUndecodable(error) => new OaiInvalidResponseException(
                $"{_settings.Subject} could not be decoded (a corrupt or mislabelled Content-Encoding) after {_position} bytes: {ApiKeyRedactor.Quote(error.Message, _settings.ApiKey)}",
                error),
            IOException or HttpRequestException or ObjectDisposedException => new OaiStreamException(
                $"{_settings.Subject} broke off {(_settings.BeforeEnd.Length > 0 ? _settings.BeforeEnd : $"after {_position} bytes")}: {ApiKeyRedactor.Quote(error.Message, _settings.ApiKey)}",
                ResponseErrors.SafeInner(error, _settings.ApiKey)),
            _ => error,
        };
        End(mapped, completed: false, cancelled);
        return mapped;
    }

    /// <summary>Starts the idle timer for one read.</summary>
    private void Arm()
    {
        if (_idle is not null)
        {
            Volatile.Write(ref _reading, 1);
            _idle.CancelAfter(_settings.IdleTimeout);
        }
    }

    /// <summary>Stops the idle timer once a read has returned or failed.</summary>
    private void Disarm()
    {
        if (_idle is not null)
        {
            Volatile.Write(ref _reading, 0);
            _idle.CancelAfter(Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>The idle timer fired: close the body, which ends the read waiting on it (a synchronous one too).
    /// Nothing happens between reads: the caller's own time between reads never counts.</summary>
    private void OnIdle()
    {
        if (Volatile.Read(ref _reading) == 1)
        {
            _body.Dispose();
        }
    }

    private void End(Exception? error, bool completed, bool cancelled) =>
        Interlocked.Exchange(ref _onEnd, null)?.Invoke(error, completed, cancelled);

    /// <summary>How a body's failures are described and bounded.</summary>
    /// <param name="Subject">The start of a failure message: <c>The stream from POST /v1/chat/completions</c>.</param>
    /// <param name="BeforeEnd">What the body failed to reach, for "broke off before its [DONE] event", or empty to say how many bytes arrived.</param>
    /// <param name="IdleTimeout">The longest wait for bytes, or infinite.</param>
    /// <param name="TimeProvider">The clock of the idle timer.</param>
    /// <param name="ApiKey">The client's key, masked in anything quoted.</param>
    public sealed record Settings(string Subject, string BeforeEnd, TimeSpan IdleTimeout, TimeProvider TimeProvider, string ApiKey);
}
