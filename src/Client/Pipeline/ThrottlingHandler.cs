using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Oai.Pipeline;

/// <summary>Holds each attempt until the client-side limiter (<see cref="Throttle"/>) lets it go, and feeds the
/// limiter the <c>x-ratelimit-*</c> headers of its response. Sits under the resilience handler, so retries queue too.</summary>
internal sealed class ThrottlingHandler(Throttle throttle) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // About four bytes of JSON a token: an estimate for the budget, not a count. Uploads (multipart, JSONL) spend
        // no tokens: a batch input file of many megabytes must not wait for a token budget it can never fit.
        var tokens = request.Content?.Headers.ContentType?.MediaType == "application/json"
            ? System.Math.Max(1, (request.Content.Headers.ContentLength ?? 0) / 4)
            : 0;
        using var permit = await throttle.EnterAsync(tokens, cancellationToken).ConfigureAwait(false);
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            throttle.Abandon(tokens);
            throw;
        }

        throttle.Observe(response, tokens);
        return response;
    }
}
