using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Oai.Pipeline;

/// <summary>The innermost handler when the caller brings an <see cref="HttpClient"/>: sends each attempt through it.</summary>
/// <remarks>
/// <see cref="HttpClient"/> refuses to send one request message twice, and a retried attempt reuses the message, so
/// each attempt goes out as a fresh copy sharing the (re-readable) content. The caller's client is never disposed.
/// The client is asked for on every attempt: with <c>IHttpClientFactory</c> that is a new, cheap
/// <see cref="HttpClient"/> over the factory's current handler chain, so its handler lifetime and rotation work.
/// </remarks>
internal sealed class HttpClientForwarder(Func<HttpClient> clientSource) : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var copy = new HttpRequestMessage(request.Method, request.RequestUri)
        {
            Content = request.Content,
            Version = request.Version,
            VersionPolicy = request.VersionPolicy,
        };
        foreach (var header in request.Headers)
        {
            copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        foreach (KeyValuePair<string, object?> option in request.Options)
        {
            ((IDictionary<string, object?>)copy.Options)[option.Key] = option.Value;
        }

        return clientSource().SendAsync(copy, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
    }

    // Dispose is not overridden on purpose: the HttpClient belongs to the caller and outlives this handler.
}
