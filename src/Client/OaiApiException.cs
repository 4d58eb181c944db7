using System;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

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
    /// <summary>The most characters of the service's message this exception's message quotes; <see cref="ApiMessage"/> keeps it whole.</summary>
    internal const int MaxQuotedMessage = 1024;

    /// <summary>Initializes a new instance from what the service sent.</summary>
    /// <param name="statusCode">The HTTP status of the response.</param>
    /// <param name="error">The parsed <c>error</c> object, when the body had one.</param>
    /// <param name="bodyExcerpt">A short excerpt of the body, used as the message when <paramref name="error"/> has none.</param>
    /// <param name="headers">The response headers, when a response arrived.</param>
    /// <remarks>Anything key-like in the error's fields and the request id is masked; the message quotes each server
    /// value cut to a bounded length.</remarks>
    public OaiApiException(HttpStatusCode statusCode, ApiError? error, string? bodyExcerpt, HttpResponseHeaders? headers)
        : this(statusCode, error, bodyExcerpt, headers, apiKey: null, DateTimeOffset.UtcNow)
    {
    }

    /// <summary>Initializes a new instance, masking the client's own <paramref name="apiKey"/> wherever the service
    /// echoed it, and reading an HTTP-date retry hint against the client's clock (<paramref name="now"/>).</summary>
    internal OaiApiException(
        HttpStatusCode statusCode, ApiError? error, string? bodyExcerpt, HttpResponseHeaders? headers, string? apiKey, DateTimeOffset now)
        : this(statusCode, Sanitize(error, apiKey), bodyExcerpt, headers, RedactedHeader(headers, "x-request-id", apiKey), apiKey, now)
    {
    }

    private OaiApiException(
        HttpStatusCode statusCode, ApiError? error, string? bodyExcerpt, HttpResponseHeaders? headers, string? requestId, string? apiKey, DateTimeOffset now)
        : base(BuildMessage(statusCode, error, bodyExcerpt, requestId, apiKey))
    {
        StatusCode = statusCode;
        Error = error;
        Headers = headers;
        RequestId = requestId;
        RateLimits = RateLimitInfo.FromHeaders(headers);
        RetryAfter = ParseRetryAfter(headers, now);
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

    private static string? RedactedHeader(HttpResponseHeaders? headers, string name, string? apiKey) =>
        ReadHeader(headers, name) is { } value ? ApiKeyRedactor.Redact(value, apiKey) : null;

    /// <summary>The error with every string redacted, unmodelled fields included: the record is what users log and print.</summary>
    private static ApiError? Sanitize(ApiError? error, string? apiKey)
    {
        return error is null ? null : error with
        {
            Message = RedactOrNull(error.Message, apiKey),
            Type = RedactOrNull(error.Type, apiKey),
            Code = RedactOrNull(error.Code, apiKey),
            Param = RedactOrNull(error.Param, apiKey),
            AdditionalProperties = Pipeline.ResponseErrors.RedactFields(error.AdditionalProperties, apiKey),
        };
    }

    private static string? RedactOrNull(string? text, string? apiKey) => text is null ? null : ApiKeyRedactor.Redact(text, apiKey);

    private static string BuildMessage(HttpStatusCode status, ApiError? error, string? bodyExcerpt, string? requestId, string? apiKey)
    {
        var text = error?.Message is { Length: > 0 } message ? message : bodyExcerpt;
        var builder = new System.Text.StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"HTTP {(int)status} ({status})");
        if (error?.Type is { Length: > 0 } type)
        {
            builder.Append(' ').Append(ApiKeyRedactor.Quote(type, apiKey));
        }

        if (error?.Code is { Length: > 0 } code)
        {
            builder.Append(" [").Append(ApiKeyRedactor.Quote(code, apiKey)).Append(']');
        }

        if (!string.IsNullOrEmpty(text))
        {
            builder.Append(": ").Append(ApiKeyRedactor.Quote(text, apiKey, MaxQuotedMessage));
        }

        if (requestId is not null)
        {
            builder.Append(" (request id ").Append(ApiKeyRedactor.Quote(requestId, apiKey)).Append(')');
        }

        return builder.ToString();
    }
}
