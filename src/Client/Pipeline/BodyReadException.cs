using System;
using System.Net;
using System.Net.Http;

namespace Oai.Pipeline;

/// <summary>A response's headers arrived but its body broke off while it was buffered; an
/// <see cref="HttpRequestException"/>, so the resilience handler retries it like any connection failure.</summary>
internal sealed class BodyReadException(HttpStatusCode status, Exception inner)
    : HttpRequestException($"The response body (HTTP {(int)status}) broke off while it was read.", inner, status)
{
    /// <summary>Gets the status code the response carried, as a number.</summary>
    public int Status { get; } = (int)status;
}
