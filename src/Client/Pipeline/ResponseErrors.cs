using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace Oai.Pipeline;

/// <summary>Turns failed responses and unreadable bodies into the library's typed exceptions, with the client's API
/// key masked in everything they quote.</summary>
internal static class ResponseErrors
{
    /// <summary>How much of a body an exception message quotes.</summary>
    public const int ExcerptLength = 200;

    /// <summary>The most of an error body parsed and quoted from; the body itself was already buffered by the
    /// BufferingHandler inside the attempt, so this bounds the work on a large proxy page, not the read.</summary>
    private const int MaxErrorBodyBytes = 64 * 1024;

    /// <summary>Builds the exception for a non-success response, reading its (small) body.</summary>
    public static async Task<OaiApiException> FromResponseAsync(HttpResponseMessage response, ClientSettings settings, CancellationToken cancellationToken)
    {
        var apiKey = settings.ApiKey;
        var body = await ReadTextAsync(response.Content, MaxErrorBodyBytes, cancellationToken).ConfigureAwait(false);

        // Masked before parsing, so no field of the parsed error (nor an unmodelled one) holds the key.
        body = ApiKeyRedactor.Redact(body, apiKey);
        var error = TryParseError(body);
        var excerpt = error?.Message is { Length: > 0 } ? null : Excerpt(body, apiKey);
        return Create(response.StatusCode, error, excerpt, response, settings);
    }

    /// <summary>Builds the exception for an error the service reported (an HTTP error, or an error event in a stream).</summary>
    public static OaiApiException Create(HttpStatusCode status, ApiError? error, string? excerpt, HttpResponseMessage response, ClientSettings settings)
    {
        var now = settings.TimeProvider.GetUtcNow();
        return status == HttpStatusCode.TooManyRequests
            ? new OaiRateLimitException(error, excerpt, response.Headers, settings.ApiKey, now)
            : new OaiApiException(status, error, excerpt, response.Headers, settings.ApiKey, now);
    }

    /// <summary>Builds the exception for an <c>event: error</c>, whatever its data holds: <c>{"error": {...}}</c> as chat
    /// streams send it, the error's fields at the top level as other streams do, plain text, or nothing.</summary>
    public static OaiApiException FromErrorEvent(ReadOnlySpan<byte> data, HttpResponseMessage response, ClientSettings settings)
    {
        var apiKey = settings.ApiKey;

        // Masked before parsing, as an HTTP error body is.
        var text = ApiKeyRedactor.Redact(Encoding.UTF8.GetString(data), apiKey);
        var error = ParseErrorEvent(text);
        var excerpt = error?.Message is { Length: > 0 } ? null
            : text.Length > 0 ? Excerpt(text, apiKey)
            : error is null ? "(an error event with no data)"
            : null;
        return Create(response.StatusCode, error, excerpt, response, settings);
    }

    /// <summary>Builds the exception for a success response whose body could not be read as the expected JSON.</summary>
    public static OaiInvalidResponseException InvalidBody(string what, string? body, Exception? inner, string apiKey)
    {
        var reason = inner is JsonException json ? Describe(json, apiKey)
            : inner is not null ? ApiKeyRedactor.Quote(inner.Message, apiKey)
            : "the body was empty or null";
        var excerpt = string.IsNullOrWhiteSpace(body) ? "(empty body)" : $"Body starts: {Excerpt(body, apiKey)}";
        return new OaiInvalidResponseException($"The {what} could not be read: {reason}. {excerpt}", SafeInner(inner, apiKey));
    }

    /// <summary>Reads a buffered body as text for quoting: UTF-8 whatever the declared charset (JSON is UTF-8, and a
    /// charset the runtime does not know must not turn an error into a different one), at most <paramref name="maxBytes"/>.</summary>
    public static async Task<string> ReadTextAsync(HttpContent content, int maxBytes, CancellationToken cancellationToken)
    {
        try
        {
            var bytes = await content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            return Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, maxBytes));
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException or InvalidDataException or InvalidOperationException)
        {
            // The body could not be read (a broken or undecodable transfer): the status and headers still tell the error.
            return string.Empty;
        }
    }

    public static string Excerpt(string text, string? apiKey) => ApiKeyRedactor.Quote(text, apiKey, ExcerptLength);

    /// <summary>Unmodelled fields of an error with the key masked in them, escaped or not: each value is written out
    /// with its escapes decoded, masked, and read back only when masking changed it.</summary>
    public static IDictionary<string, JsonElement>? RedactFields(IDictionary<string, JsonElement>? fields, string? apiKey)
    {
        if (fields is null || fields.Count == 0)
        {
            return fields;
        }

        var redacted = new Dictionary<string, JsonElement>(fields.Count, StringComparer.Ordinal);
        foreach (var (name, value) in fields)
        {
            var buffer = new System.Buffers.ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                value.WriteTo(writer);
            }

            var text = Encoding.UTF8.GetString(buffer.WrittenSpan);
            var masked = ApiKeyRedactor.Redact(text, apiKey);
            using var document = ReferenceEquals(masked, text) ? null : JsonDocument.Parse(masked);
            redacted[ApiKeyRedactor.Redact(name, apiKey)] = document is null ? value : document.RootElement.Clone();
        }

        return redacted;
    }

    /// <summary>The inner exception to keep: itself, unless its text (a JSON path naming a key-like property, a
    /// quoted value) would carry the key into <see cref="Exception.ToString"/>; then a copy with that text masked.</summary>
    public static Exception? SafeInner(Exception? inner, string apiKey)
    {
        if (inner is null)
        {
            return null;
        }

        var text = inner.ToString();
        if (ApiKeyRedactor.Redact(text, apiKey) == text)
        {
            return inner;
        }

        return inner is JsonException json
            ? new JsonException(ApiKeyRedactor.Redact(json.Message, apiKey), json.Path is null ? null : ApiKeyRedactor.Redact(json.Path, apiKey), json.LineNumber, json.BytePositionInLine)
            : new InvalidDataException($"{inner.GetType().FullName}: {ApiKeyRedactor.Quote(inner.Message, apiKey, 1024)}");
    }

    private static string Describe(JsonException exception, string apiKey)
    {
        // The parser's own message mentions the type and the position; keep it, minus anything key-like.
        var where = exception.Path is { Length: > 0 } path ? $" at {ApiKeyRedactor.Quote(path, apiKey)}" : string.Empty;
        var message = exception.Message.Split(". Path:", 2)[0];
        return $"invalid JSON{where} ({ApiKeyRedactor.Quote(message, apiKey, 512)})";
    }

    private static ApiError? ParseErrorEvent(string data)
    {
        if (!data.StartsWith('{'))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(data, RecordsJsonContext.Default.ApiErrorResponse)?.Error
                ?? JsonSerializer.Deserialize(data, RecordsJsonContext.Default.ApiError);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static ApiError? TryParseError(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(body, RecordsJsonContext.Default.ApiErrorResponse)?.Error;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
