using System;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using Oai.Telemetry;

namespace Oai.Pipeline;

internal sealed partial class OaiPipeline
{
    /// <summary>Sends a request and returns its response body as a stream read from the network as the caller reads.</summary>
    /// <remarks>
    /// The returned <see cref="ContentStream"/> owns the response: disposing it closes the connection. The operation's
    /// span ends once, when the stream is read to its end, fails, or is disposed (before the end: <c>error.type</c>
    /// <see cref="GenAi.ErrorStreamClosedEarly"/>). The telemetry observes the response's content headers.
    /// </remarks>
    public async Task<Stream> OpenContentAsync<TRequest>(
        ContentOperation<TRequest> operation, TRequest request, RequestOptions? options, CancellationToken cancellationToken)
    {
        var scope = OperationScope<TRequest, HttpContentHeaders>.Start(operation, request, options, Settings, stream: false);
        HttpResponseMessage? response = null;
        try
        {
            using var message = CreateMessage(operation, request, options);
            response = await SendStreamedAsync(message, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw await ResponseErrors.FromResponseAsync(response, Settings, cancellationToken).ConfigureAwait(false);
            }

            scope?.OnResponse(response.Content.Headers);
            var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            Action<Exception?, bool, bool>? end = scope is null
                ? null
                : scope.End;
            var stream = new ContentStream(body, response, BodySettings($"The content from {Describe(message)}", string.Empty), end);
            response = null;
            return stream;
        }
        catch (Exception ex) when (scope is not null)
        {
            scope.End(ex, completed: false, cancelled: cancellationToken.IsCancellationRequested);
            throw;
        }
        finally
        {
            response?.Dispose();
        }
    }
}
