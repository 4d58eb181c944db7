using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Oai.Pipeline;

/// <summary>Reads a non-streaming response body inside the retried attempt, so a body cut off mid-transfer is retried
/// and the total timeout covers it; streamed responses pass through untouched.</summary>
internal sealed class BufferingHandler : DelegatingHandler
{
    public static readonly HttpRequestOptionsKey<bool> StreamKey = new("Oai.Stream");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var streamed = request.Options.TryGetValue(StreamKey, out var isStream) && isStream;
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
