using System;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Oai.Responses;

namespace Oai;

/// <summary>The service answered with an error: a non-success HTTP status, or an <c>error</c> event inside a stream.</summary>
/// <remarks>
/// Carries everything the service said: <see cref="StatusCode"/>, the error body's <see cref="ErrorType"/>,
/// <see cref="Code"/>, <see cref="Param"/> and <see cref="ApiMessage"/>, the <see cref="RequestId"/> to quote to
/// OpenAI support, the response headers, the retry hint and the rate-limit headers. A body that is not JSON (an HTML
/// page from a proxy) still gives this exception, with a short excerpt of the body as the message.
/// See <see href="https://platform.openai.com/docs/guides/error-codes">OpenAI error codes</see>.
/// </remarks>
public class OaiApiException : OaiException
{
    /// <summary>Initializes a new instance from what the service sent.</summary>
    /// <param name="statusCode">The HTTP status of the response.</param>
    /// <param name="error">The parsed <c>error</c> object, when the body had one.</param>
    /// <param name="bodyExcerpt">A short excerpt of the body, used as the message when <paramref name="error"/> has none.</param>
    /// <param name="headers">The response headers, when a response arrived.</param>
    public OaiApiException(HttpStatusCode statusCode, ApiError? error, string? bodyExcerpt, HttpResponseHeaders? headers)
        : base(BuildMessage(statusCode, error, bodyExcerpt, headers))
    {
        StatusCode = statusCode;
        Error = error;
        Headers = headers;
        RequestId = ReadHeader(headers, "x-request-id");
        RateLimits = RateLimitInfo.FromHeaders(headers);
        RetryAfter = ParseRetryAfter(headers, DateTimeOffset.UtcNow);
    }

    /// <summary>Gets the HTTP status of the response (200 for an error event inside a stream).</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>Gets the parsed <c>error</c> object, or null when the body carried none.</summary>
    public ApiError? Error { get; }

    /// <summary>Gets the error type, for example <c>invalid_request_error</c>.</summary>
    public string? ErrorType => Error?.Type;

    /// <summary>Gets the machine-readable error code, for example <c>invalid_api_key</c>.</summary>
    public string? Code => Error?.Code;

    /// <summary>Gets the request parameter the error is about, when the service names one.</summary>
    public string? Param => Error?.Param;

    /// <summary>Gets the service's own message, without the status and request id this exception's message adds.</summary>
    public string? ApiMessage => Error?.Message;

    /// <summary>Gets the <c>x-request-id</c> header, the id to quote when asking OpenAI about this call.</summary>
    public string? RequestId { get; }

    /// <summary>Gets the response headers, or null when the error arrived without a response (never for HTTP errors).</summary>
    public HttpResponseHeaders? Headers { get; }

    /// <summary>Gets the rate-limit headers in typed form.</summary>
    public RateLimitInfo RateLimits { get; }

    /// <summary>Gets how long the service asked callers to wait (<c>retry-after-ms</c> or <c>Retry-After</c>), if it did.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>Reads the retry hint from <c>retry-after-ms</c> (preferred) or <c>Retry-After</c> (seconds or an HTTP date).</summary>
    /// <param name="headers">The response headers.</param>
    /// <param name="now">The current time, to turn an HTTP date into a delay.</param>
    /// <returns>The delay, or null when there is no usable hint.</returns>
    internal static TimeSpan? ParseRetryAfter(HttpResponseHeaders? headers, DateTimeOffset now)
    {
        if (ReadHeader(headers, "retry-after-ms") is { } ms
            && double.TryParse(ms, NumberStyles.Float, CultureInfo.InvariantCulture, out var millis)
            && millis >= 0 && millis < RateLimitInfo.MaxMilliseconds)
        {
            return TimeSpan.FromMilliseconds(millis);
        }

        var retryAfter = headers?.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return delta;
        }

        if (retryAfter?.Date is { } date)
        {
            var wait = date - now;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }

    internal static string? ReadHeader(HttpResponseHeaders? headers, string name)
    {
        return headers is not null && headers.TryGetValues(name, out var values)
            ? string.Join(",", values)
            : null;
    }

    private static string BuildMessage(HttpStatusCode status, ApiError? error, string? bodyExcerpt, HttpResponseHeaders? headers)
    {
        var text = error?.Message is { Length: > 0 } message ? message : bodyExcerpt;
        var requestId = ReadHeader(headers, "x-request-id");
        var builder = new System.Text.StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"HTTP {(int)status} ({status})");
        if (error?.Type is { Length: > 0 } type)
        {
            builder.Append(CultureInfo.InvariantCulture, $" {type}");
        }

        if (error?.Code is { Length: > 0 } code)
        {
            builder.Append(CultureInfo.InvariantCulture, $" [{code}]");
        }

        if (!string.IsNullOrEmpty(text))
        {
            builder.Append(": ").Append(ApiKeyRedactor.Redact(text));
        }

        if (requestId is not null)
        {
            builder.Append(CultureInfo.InvariantCulture, $" (request id {requestId})");
        }

        return builder.ToString();
    }
}
