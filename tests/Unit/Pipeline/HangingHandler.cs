using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Oai.UnitTests.Pipeline;

/// <summary>A server whose response headers never come: it waits until the request is cancelled.</summary>
internal sealed class HangingHandler : HttpMessageHandler
{
    public int Calls;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref Calls);
        await Task.Delay(Timeout.Infinite, cancellationToken);
        return new HttpResponseMessage();
    }
}
