using System.Collections.Concurrent;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace Oai.IntegrationTests.Contract;

/// <summary>A transport that sends over real sockets and keeps every response's headers, so a test can read what
/// Steady said about a request the typed call sent.</summary>
public sealed class ResponseRecorder() : DelegatingHandler(new SocketsHttpHandler())
{
    public ConcurrentQueue<HttpResponseHeaders> Responses { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        Responses.Enqueue(response.Headers);
        return response;
    }
}
