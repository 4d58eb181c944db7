using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Oai.Pipeline;

/// <summary>A response body handed to the caller: reads go straight to the network, the stream owns the response, and
/// the end of the call (end of body, failure or disposal) is reported exactly once.</summary>
/// <remarks>A transport failure during a read becomes <see cref="OaiStreamException"/>, as on the event-stream path.</remarks>
internal sealed class ContentStream : Stream
{
    private readonly Stream _body;
    private readonly HttpResponseMessage _response;
    private readonly string _description;
    private Action<Exception?, bool, bool>? _onEnd;
    private long _position;

    /// <param name="body">The network stream.</param>
    /// <param name="response">The response that owns it; disposed with this stream.</param>
    /// <param name="description">The request, for messages (<c>GET /files/x/content</c>).</param>
    /// <param name="onEnd">Called once with (error, completed, cancelled), or null when nothing listens.</param>
    public ContentStream(Stream body, HttpResponseMessage response, string description, Action<Exception?, bool, bool>? onEnd)
    {
        _body = body;
        _response = response;
        _description = description;
        _onEnd = onEnd;
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
        try
        {
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
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        try
        {
            return Track(await _body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false), buffer.Length);
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
            End(null, completed: false, cancelled: false);
            _body.Dispose();
            _response.Dispose();
        }

        base.Dispose(disposing);
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

    /// <summary>Ends the call with the failure and returns what the caller sees: transport failures as <see cref="OaiStreamException"/>.</summary>
    private Exception Fail(Exception error, CancellationToken cancellationToken)
    {
        var mapped = error is IOException or HttpRequestException && !cancellationToken.IsCancellationRequested
            ? new OaiStreamException(
                $"The content from {_description} broke off after {_position} bytes: {ApiKeyRedactor.Redact(error.Message)}", error)
            : error;
        End(mapped, completed: false, cancelled: cancellationToken.IsCancellationRequested);
        return mapped;
    }

    private void End(Exception? error, bool completed, bool cancelled) =>
        Interlocked.Exchange(ref _onEnd, null)?.Invoke(error, completed, cancelled);
}
