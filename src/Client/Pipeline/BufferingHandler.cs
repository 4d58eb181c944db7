using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Oai.Pipeline;

/// <summary>Reads a response body inside the retried attempt, so a body cut off mid-transfer is retried and the total
/// timeout covers it: every body on the JSON chain, only error bodies on the chain for streams and downloads.</summary>
/// <param name="bufferSuccess">Whether a success body is read too (JSON calls), or handed over unread (streams, downloads).</param>
/// <remarks>
/// A body cut off mid-transfer becomes <see cref="BodyReadException"/> (retried, and told apart from a failure before
/// any response); a body the transport cannot decode (a corrupt or mislabelled <c>Content-Encoding</c>) becomes
/// <see cref="OaiInvalidResponseException"/> at once (the same bytes would come back on a retry), except on an error
/// status, whose status still tells the error.
/// </remarks>
internal sealed class BufferingHandler(bool bufferSuccess) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!bufferSuccess && response.IsSuccessStatusCode)
        {
            return response;
        }

        try
        {
            var body = await PooledBody.ReadAsync(response.Content, cancellationToken).ConfigureAwait(false);
            response.Content.Dispose();
            response.Content = body;
            return response;
        }
        catch (Exception ex) when (IsUndecodable(ex) && !response.IsSuccessStatusCode)
        {
            // The status is the answer; an error body nobody can decode only loses its details.
            response.Content.Dispose();
            response.Content = new ByteArrayContent([]);
            return response;
        }
        catch (Exception ex) when (IsUndecodable(ex))
        {
            response.Dispose();
            throw new OaiInvalidResponseException(
                $"The response to {request.Method} {request.RequestUri?.AbsolutePath} could not be decoded (a corrupt or mislabelled Content-Encoding): {ApiKeyRedactor.Quote(ex.Message)}",
                ex);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException && !cancellationToken.IsCancellationRequested)
        {
            var status = response.StatusCode;
            response.Dispose();
            throw new BodyReadException(status, ex);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    /// <summary>Whether the failure is the transport's decompressor rejecting the bytes: gzip and deflate throw
    /// <see cref="InvalidDataException"/>, Brotli an <see cref="InvalidOperationException"/> from its own assembly.
    /// (The transport removes the <c>Content-Encoding</c> header it decodes, so the header cannot tell.)</summary>
    public static bool IsUndecodable(Exception ex) =>
        ex is InvalidDataException
            or InvalidOperationException { Source: "System.IO.Compression.Brotli" }
            or HttpRequestException { InnerException: InvalidDataException };
}
