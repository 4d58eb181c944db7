using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Oai.Pipeline;

/// <summary>Sends through a transport handler the caller owns, so disposing the client leaves that handler alive.</summary>
internal sealed class NonDisposingHandler(HttpMessageHandler inner) : HttpMessageHandler
{
    private readonly HttpMessageInvoker _inner = new(inner, disposeHandler: false);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        => _inner.SendAsync(request, cancellationToken);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
