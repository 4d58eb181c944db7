using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Oai.Emulator.Core;

/// <summary>The optional requests- and tokens-per-minute budgets, as token buckets that start full and refill
/// continuously on the emulator's clock (as the service's limits do). A request over either budget is answered 429
/// <c>rate_limit_exceeded</c> with <c>Retry-After</c> and <c>retry-after-ms</c>; every response carries the
/// <c>x-ratelimit-*</c> headers of the budgets set.</summary>
internal sealed class RateLimiter(TimeProvider clock, int? requestsPerMinute, int? tokensPerMinute)
{
    private readonly object _gate = new();
    private readonly Bucket? _requests = requestsPerMinute is { } rpm ? new Bucket(rpm, clock.GetUtcNow()) : null;
    private readonly Bucket? _tokens = tokensPerMinute is { } tpm ? new Bucket(tpm, clock.GetUtcNow()) : null;

    /// <summary>Takes the request's share of each budget, or throws the 429 when one is short; writes the headers either way.</summary>
    public void Admit(EmulatorRequest request, HttpResponse response)
    {
        var tokens = Math.Max(1, Tokens.Of(Prompt(request.Body)));
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            _requests?.Refill(now);
            _tokens?.Refill(now);
            var (short_, kind, unit, requested) = _requests is { } r && r.Available < 1 ? (r, "requests", "RPM", 1)
                : _tokens is { } t && t.Available < tokens ? (t, "tokens", "TPM", tokens)
                : (null, null, null, 0);
            if (short_ is not null)
            {
                var wait = short_.WaitFor(requested);
                var headers = Headers(now);
                headers["Retry-After"] = Math.Max(1, (long)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                headers["retry-after-ms"] = Math.Max(1, (long)Math.Ceiling(wait.TotalMilliseconds)).ToString(CultureInfo.InvariantCulture);
                throw new EmulatorApiException(429, new ApiError
                {
                    Message = string.Create(CultureInfo.InvariantCulture,
                        $"Rate limit reached for {request.Model ?? "requests"} in organization org-emulator on {kind} per min ({unit}): Limit {short_.Limit}, Used {short_.Limit - (int)Math.Floor(short_.Available)}, Requested {requested}. Please try again in {Duration(wait)}. Visit https://platform.openai.com/account/rate-limits to learn more."),
                    Type = kind,
                    Code = "rate_limit_exceeded",
                }, headers);
            }

            _requests?.Take(1);
            _tokens?.Take(tokens);
            foreach (var (name, value) in Headers(now))
            {
                response.Headers[name] = value;
            }
        }
    }

    private Dictionary<string, string> Headers(DateTimeOffset now)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (_requests is { } requests)
        {
            headers["x-ratelimit-limit-requests"] = requests.Limit.ToString(CultureInfo.InvariantCulture);
            headers["x-ratelimit-remaining-requests"] = ((int)Math.Floor(requests.Available)).ToString(CultureInfo.InvariantCulture);
            headers["x-ratelimit-reset-requests"] = Duration(requests.WaitFor(requests.Limit));
        }

        if (_tokens is { } tokens)
        {
            headers["x-ratelimit-limit-tokens"] = tokens.Limit.ToString(CultureInfo.InvariantCulture);
            headers["x-ratelimit-remaining-tokens"] = ((int)Math.Floor(tokens.Available)).ToString(CultureInfo.InvariantCulture);
            headers["x-ratelimit-reset-tokens"] = Duration(tokens.WaitFor(tokens.Limit));
        }

        return headers;
    }

    /// <summary>What the budget counts: the prompt (messages, prompt or input), about four characters a token.</summary>
    private static JsonElement? Prompt(JsonElement? body)
    {
        if (body is not { ValueKind: JsonValueKind.Object } json)
        {
            return null;
        }

        foreach (var name in (ReadOnlySpan<string>)["messages", "prompt", "input"])
        {
            if (json.TryGetProperty(name, out var value))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>A duration as the service writes it in <c>x-ratelimit-reset-*</c>: <c>20ms</c>, <c>1.5s</c>, <c>6m0s</c>.</summary>
    internal static string Duration(TimeSpan wait)
    {
        if (wait < TimeSpan.FromSeconds(1))
        {
            return string.Create(CultureInfo.InvariantCulture, $"{Math.Ceiling(wait.TotalMilliseconds):0}ms");
        }

        return wait < TimeSpan.FromMinutes(1)
            ? string.Create(CultureInfo.InvariantCulture, $"{Math.Ceiling(wait.TotalSeconds * 1000) / 1000:0.###}s")
            : string.Create(CultureInfo.InvariantCulture, $"{(int)wait.TotalMinutes}m{wait.Seconds}s");
    }

    private sealed class Bucket(int limit, DateTimeOffset now)
    {
        private DateTimeOffset _last = now;

        public int Limit => limit;

        public double Available { get; private set; } = limit;

        public void Refill(DateTimeOffset now)
        {
            if (now > _last)
            {
                Available = Math.Min(limit, Available + ((now - _last).TotalMinutes * limit));
                _last = now;
            }
        }

        public void Take(int amount) => Available -= amount;

        /// <summary>How long until <paramref name="amount"/> is available (at most the limit).</summary>
        public TimeSpan WaitFor(double amount)
        {
            var missing = Math.Min(amount, limit) - Available;
            return missing <= 0 ? TimeSpan.Zero : TimeSpan.FromMinutes(missing / limit);
        }
    }
}
