using System.Net;
using System.Net.Http.Headers;

namespace Oai;

/// <summary>The service refused the call with HTTP 429: a rate limit or an exhausted quota.</summary>
/// <remarks>
/// Thrown after the client's own retries are spent. <see cref="OaiApiException.RetryAfter"/> and
/// <see cref="OaiApiException.RateLimits"/> say when to try again; <see cref="OaiApiException.Code"/> is
/// <c>insufficient_quota</c> when waiting will not help.
/// </remarks>
public class OaiRateLimitException : OaiApiException
{
    /// <summary>Initializes a new instance from what the service sent.</summary>
    /// <param name="error">The parsed <c>error</c> object, when the body had one.</param>
    /// <param name="bodyExcerpt">A short excerpt of the body, used as the message when <paramref name="error"/> has none.</param>
    /// <param name="headers">The response headers.</param>
    public OaiRateLimitException(ApiError? error, string? bodyExcerpt, HttpResponseHeaders? headers)
        : base(HttpStatusCode.TooManyRequests, error, bodyExcerpt, headers)
    {
    }

    /// <summary>Initializes a new instance, masking the client's own <paramref name="apiKey"/> wherever the service echoed it.</summary>
    internal OaiRateLimitException(ApiError? error, string? bodyExcerpt, HttpResponseHeaders? headers, string? apiKey, System.DateTimeOffset now)
        : base(HttpStatusCode.TooManyRequests, error, bodyExcerpt, headers, apiKey, now)
    {
    }
}
