using System;
using System.Globalization;
using System.Net.Http.Headers;

namespace Oai;

/// <summary>The <c>x-ratelimit-*</c> headers of a response in typed form; each value is null when the header was absent.</summary>
/// <remarks>See <see href="https://platform.openai.com/docs/guides/rate-limits">rate limits</see>.</remarks>
public sealed record RateLimitInfo
{
    /// <summary>Just under the longest duration a <see cref="TimeSpan"/> holds (about 29,000 years); a header asking
    /// for more is not a usable duration.</summary>
    internal const double MaxMilliseconds = 9.2e14;

    /// <summary>Gets the request limit of the current window (<c>x-ratelimit-limit-requests</c>).</summary>
    public long? LimitRequests { get; init; }

    /// <summary>Gets the token limit of the current window (<c>x-ratelimit-limit-tokens</c>).</summary>
    public long? LimitTokens { get; init; }

    /// <summary>Gets the requests left in the current window (<c>x-ratelimit-remaining-requests</c>).</summary>
    public long? RemainingRequests { get; init; }

    /// <summary>Gets the tokens left in the current window (<c>x-ratelimit-remaining-tokens</c>).</summary>
    public long? RemainingTokens { get; init; }

    /// <summary>Gets the time until the request limit resets (<c>x-ratelimit-reset-requests</c>, e.g. <c>1s</c>, <c>6m0s</c>).</summary>
    public TimeSpan? ResetRequests { get; init; }

    /// <summary>Gets the time until the token limit resets (<c>x-ratelimit-reset-tokens</c>).</summary>
    public TimeSpan? ResetTokens { get; init; }

    /// <summary>Reads the rate-limit headers of a response.</summary>
    /// <param name="headers">The response headers; null gives an empty record.</param>
    /// <returns>The typed values.</returns>
    public static RateLimitInfo FromHeaders(HttpResponseHeaders? headers)
    {
        return new RateLimitInfo
        {
            LimitRequests = ReadLong(headers, "x-ratelimit-limit-requests"),
            LimitTokens = ReadLong(headers, "x-ratelimit-limit-tokens"),
            RemainingRequests = ReadLong(headers, "x-ratelimit-remaining-requests"),
            RemainingTokens = ReadLong(headers, "x-ratelimit-remaining-tokens"),
            ResetRequests = ParseDuration(OaiApiException.ReadHeader(headers, "x-ratelimit-reset-requests")),
            ResetTokens = ParseDuration(OaiApiException.ReadHeader(headers, "x-ratelimit-reset-tokens")),
        };
    }

    /// <summary>Parses the service's Go-style durations: <c>2ms</c>, <c>0s</c>, <c>1.5s</c>, <c>6m0s</c>, <c>1h2m3s</c>.</summary>
    /// <param name="text">The header value.</param>
    /// <returns>The duration, or null when the text is absent or not a duration.</returns>
    internal static TimeSpan? ParseDuration(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var span = text.AsSpan().Trim();
        double totalMs = 0;
        while (!span.IsEmpty)
        {
            var numberEnd = 0;
            while (numberEnd < span.Length && (char.IsAsciiDigit(span[numberEnd]) || span[numberEnd] == '.'))
            {
                numberEnd++;
            }

            var unitEnd = numberEnd;
            // Go writes microseconds with the micro sign (U+00B5); its parser also takes the Greek mu (U+03BC).
            while (unitEnd < span.Length && (char.IsAsciiLetter(span[unitEnd]) || span[unitEnd] is '\u00B5' or '\u03BC'))
            {
                unitEnd++;
            }

            if (numberEnd == 0 || unitEnd == numberEnd
                || !double.TryParse(span[..numberEnd], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                return null;
            }

            double? factor = span[numberEnd..unitEnd] switch
            {
                "ms" => 1,
                "s" => 1_000,
                "m" => 60_000,
                "h" => 3_600_000,
                "us" or "\u00B5s" or "\u03BCs" => 0.001,
                "ns" => 0.000001,
                _ => null,
            };
            if (factor is null)
            {
                return null;
            }

            totalMs += value * factor.Value;
            span = span[unitEnd..];
        }

        return totalMs < MaxMilliseconds ? TimeSpan.FromMilliseconds(totalMs) : null;
    }

    private static long? ReadLong(HttpResponseHeaders? headers, string name)
    {
        return long.TryParse(OaiApiException.ReadHeader(headers, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }
}
