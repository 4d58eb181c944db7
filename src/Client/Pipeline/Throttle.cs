using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.RateLimiting;
using System.Threading.Tasks;

namespace Oai.Pipeline;

/// <summary>The state of the client-side limiter (<see cref="ClientRateLimitOptions"/>): a concurrency limiter, optional
/// fixed token buckets, and the budget the service's <c>x-ratelimit-*</c> headers last reported, counted down locally
/// for the calls sent since.</summary>
internal sealed class Throttle : IDisposable
{
    private readonly object _gate = new();
    private readonly TimeProvider _clock;
    private readonly ConcurrencyLimiter _concurrency;
    private readonly TokenBucketRateLimiter? _requests;
    private readonly TokenBucketRateLimiter? _tokens;
    private readonly Budget _requestBudget = new();
    private readonly Budget _tokenBudget = new();
    private readonly int _tokenLimit;
    private DateTimeOffset _pausedUntil;

    public Throttle(ClientRateLimitOptions options, TimeProvider clock)
    {
        _clock = clock;
        _concurrency = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = options.MaxConcurrentRequests,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        _requests = options.RequestsPerMinute is { } rpm ? Bucket(rpm) : null;
        _tokens = options.TokensPerMinute is { } tpm ? Bucket(tpm) : null;
        _tokenLimit = options.TokensPerMinute ?? int.MaxValue;
    }

    /// <summary>Waits for a place: a concurrency permit, room in the fixed buckets, and room in the header-fed budget.</summary>
    /// <returns>The concurrency permit, released when the response has been observed.</returns>
    public async ValueTask<RateLimitLease> EnterAsync(long tokens, CancellationToken cancellationToken)
    {
        var permit = await _concurrency.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
        try
        {
            if (_requests is not null)
            {
                (await _requests.AcquireAsync(1, cancellationToken).ConfigureAwait(false)).Dispose();
            }

            if (_tokens is not null)
            {
                // A call larger than the whole bucket waits for a full bucket rather than failing.
                (await _tokens.AcquireAsync((int)Math.Min(tokens, _tokenLimit), cancellationToken).ConfigureAwait(false)).Dispose();
            }

            while (Wait(tokens) is { } wait)
            {
                await Task.Delay(wait, _clock, cancellationToken).ConfigureAwait(false);
            }

            return permit;
        }
        catch
        {
            permit.Dispose();
            throw;
        }
    }

    /// <summary>Takes the budget the response reports, and pauses every call for the wait a 429 asks for.</summary>
    public void Observe(HttpResponseMessage response, long tokens)
    {
        var now = _clock.GetUtcNow();
        var limits = RateLimitInfo.FromHeaders(response.Headers);
        lock (_gate)
        {
            _requestBudget.Observe(limits.LimitRequests, limits.RemainingRequests, limits.ResetRequests, now, 1);
            _tokenBudget.Observe(limits.LimitTokens, limits.RemainingTokens, limits.ResetTokens, now, tokens);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                var wait = OaiApiException.ParseRetryAfter(response.Headers, now) ?? limits.ResetRequests ?? TimeSpan.FromSeconds(1);
                if (now + wait > _pausedUntil)
                {
                    _pausedUntil = now + wait;
                }
            }
        }
    }

    /// <summary>A call that ended without a response gives back its share of the local budget.</summary>
    public void Abandon(long tokens)
    {
        lock (_gate)
        {
            _requestBudget.Release(1);
            _tokenBudget.Release(tokens);
        }
    }

    public void Dispose()
    {
        _concurrency.Dispose();
        _requests?.Dispose();
        _tokens?.Dispose();
    }

    private static TokenBucketRateLimiter Bucket(int perMinute) => new(new TokenBucketRateLimiterOptions
    {
        TokenLimit = perMinute,
        TokensPerPeriod = Math.Max(1, perMinute / 60),
        ReplenishmentPeriod = TimeSpan.FromSeconds(perMinute >= 60 ? 1 : 60.0 / perMinute),
        QueueLimit = int.MaxValue,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        AutoReplenishment = true,
    });

    /// <summary>How long the call must wait, or null once it has taken its share of the budget.</summary>
    private TimeSpan? Wait(long tokens)
    {
        lock (_gate)
        {
            var now = _clock.GetUtcNow();
            if (_pausedUntil > now)
            {
                return _pausedUntil - now;
            }

            var wait = _requestBudget.WaitFor(1, now) ?? _tokenBudget.WaitFor(tokens, now);
            if (wait is null)
            {
                _requestBudget.Take(1);
                _tokenBudget.Take(tokens);
            }

            return wait;
        }
    }

    /// <summary>One budget the headers report: what remained when the service answered, less what was sent since.</summary>
    private sealed class Budget
    {
        private long? _limit;
        private long? _remaining;
        private long _inFlight;
        private DateTimeOffset _resetAt;

        public void Observe(long? limit, long? remaining, TimeSpan? reset, DateTimeOffset now, long answered)
        {
            _inFlight = Math.Max(0, _inFlight - answered);
            _limit = limit ?? _limit;
            if (remaining is { } left)
            {
                // The calls still in flight were sent after this budget was counted, or will be counted by it soon.
                _remaining = left - _inFlight;
                _resetAt = now + (reset ?? TimeSpan.Zero);
            }
        }

        public TimeSpan? WaitFor(long amount, DateTimeOffset now)
        {
            // A call larger than the whole limit goes once the budget is full and nothing else is in flight.
            amount = Math.Min(amount, _limit ?? amount);
            if (_remaining is not { } left || left >= amount)
            {
                return null;
            }

            if (now >= _resetAt)
            {
                // The service said the budget is full again by now.
                _remaining = _limit is { } limit ? limit - _inFlight : null;
                return _remaining is { } refilled && refilled < amount ? TimeSpan.FromMilliseconds(50) : null;
            }

            return _resetAt - now;
        }

        public void Take(long amount)
        {
            _inFlight += amount;
            if (_remaining is { } left)
            {
                _remaining = left - amount;
            }
        }

        public void Release(long amount) => _inFlight = Math.Max(0, _inFlight - amount);
    }
}
