using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Oai.Pipeline;

/// <summary>Reads a non-streaming response body inside the retried attempt, so a body cut off mid-transfer is retried
/// and the total timeout covers it; event streams and raw content pass through untouched.</summary>
internal sealed class BufferingHandler : DelegatingHandler
{
    public static readonly HttpRequestOptionsKey<ResponseKind> ResponseKindKey = new("Oai.ResponseKind");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var streamed = request.Options.TryGetValue(ResponseKindKey, out var kind) && kind != ResponseKind.Json;
        if (streamed && response.IsSuccessStatusCode)
        {
            return response;
        }

        try
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }
}
