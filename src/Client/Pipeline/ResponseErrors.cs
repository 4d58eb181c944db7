using System;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Oai.Responses;

namespace Oai.Pipeline;

/// <summary>Turns failed responses and unreadable bodies into the library's typed exceptions.</summary>
internal static class ResponseErrors
{
    /// <summary>How much of a body an exception message quotes.</summary>
    public const int ExcerptLength = 200;

    /// <summary>The most of an error body parsed and quoted from; the body itself was already buffered by the
    /// BufferingHandler inside the attempt, so this bounds the work on a large proxy page, not the read.</summary>
    private const int MaxErrorBodyChars = 64 * 1024;

    /// <summary>Builds the exception for a non-success response, reading its (small) body.</summary>
    public static async Task<OaiApiException> FromResponseAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        string body;
        try
        {
            body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is System.IO.IOException or HttpRequestException)
        {
            body = string.Empty;
        }

        if (body.Length > MaxErrorBodyChars)
        {
            body = body[..MaxErrorBodyChars];
        }

        var error = TryParseError(body);
        var excerpt = error is null ? Excerpt(body) : null;
        return Create(response.StatusCode, error, excerpt, response);
    }

    /// <summary>Builds the exception for an error carried inside an otherwise successful response (a stream event).</summary>
    public static OaiApiException Create(HttpStatusCode status, ApiError? error, string? excerpt, HttpResponseMessage response)
    {
        return status == HttpStatusCode.TooManyRequests
            ? new OaiRateLimitException(error, excerpt, response.Headers)
            : new OaiApiException(status, error, excerpt, response.Headers);
    }

    /// <summary>Builds the exception for a success response whose body could not be read as the expected JSON.</summary>
    public static OaiInvalidResponseException InvalidBody(string what, string? body, Exception? inner)
    {
        var reason = inner is JsonException json ? Describe(json) : inner?.Message ?? "the body was empty or null";
        var excerpt = string.IsNullOrEmpty(body) ? "(empty body)" : $"Body starts: {Excerpt(body)}";
        return new OaiInvalidResponseException($"The {what} could not be read: {reason}. {excerpt}", inner);
    }

    public static string Excerpt(string text)
    {
        var trimmed = text.Trim();
        var cut = trimmed.Length > ExcerptLength ? string.Concat(trimmed.AsSpan(0, ExcerptLength), "...") : trimmed;
        return ApiKeyRedactor.Redact(cut.ReplaceLineEndings(" "));
    }

    private static string Describe(JsonException exception)
    {
        // The parser's own message mentions the type and the position; keep it, minus anything key-like.
        var where = exception.Path is { Length: > 0 } path ? $" at {path}" : string.Empty;
        var message = exception.Message.Split(". Path:", 2)[0];
        return ApiKeyRedactor.Redact($"invalid JSON{where} ({message})");
    }

    private static ApiError? TryParseError(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(body, ResponsesJsonContext.Default.ApiErrorResponse)?.Error;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
