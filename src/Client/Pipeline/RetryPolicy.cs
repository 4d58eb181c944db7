using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Oai.Pipeline;

/// <summary>Builds the client's one resilience pipeline: a total timeout around retries with backoff and jitter.</summary>
/// <remarks>
/// Everything here is configuration of Microsoft.Extensions.Http.Resilience; there is no retry loop of our own. The
/// stock 10 s attempt timeout is deliberately absent: it would kill long generations.
/// </remarks>
internal static class RetryPolicy
{
    /// <summary>The longest server-sent retry hint honoured; a longer one falls back to the backoff.</summary>
    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(60);

    public static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(8);

    /// <param name="settings">The client's settings.</param>
    /// <param name="retries">False when the caller's own resilience handlers retry (<c>RemoveOaiResilience</c>): only the
    /// total timeout is kept, so that a body stalling after its headers still ends.</param>
    public static ResiliencePipeline<HttpResponseMessage> Build(ClientSettings settings, bool retries = true)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = settings.TimeProvider };
        if (settings.Timeout != Timeout.InfiniteTimeSpan)
        {
            builder.AddTimeout(new HttpTimeoutStrategyOptions { Name = "OaiTotalTimeout", Timeout = settings.Timeout });
        }

        if (retries && settings.MaxRetries > 0)
        {
            var time = settings.TimeProvider;
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                Name = "OaiRetry",
                MaxRetryAttempts = settings.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = settings.RetryBaseDelay,
                MaxDelay = MaxBackoff,
                ShouldRetryAfterHeader = false,
                ShouldHandle = args => ValueTask.FromResult(
                    !IsSendOnce(args.Context.GetRequestMessage()) && ShouldRetry(args.Outcome, args.Context.CancellationToken)),
                DelayGenerator = args => ValueTask.FromResult(ServerDelay(args.Outcome.Result, time.GetUtcNow())),
                OnRetry = args =>
                {
                    // The failed attempt's response is not handed to anyone: free its connection now.
                    args.Outcome.Result?.Dispose();
                    return default;
                },
            });
        }

        return builder.Build();
    }

    /// <summary>Decides whether an attempt's outcome is worth another attempt.</summary>
    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, CancellationToken cancellationToken)
    {
        if (outcome.Exception is { } exception)
        {
            // The caller's cancellation is final; a connection failure (before or during a buffered body) is not.
            return !cancellationToken.IsCancellationRequested
                && exception is HttpRequestException or IOException;
        }

        var response = outcome.Result;
        if (response is null)
        {
            return false;
        }

        if (OaiApiException.ReadHeader(response.Headers, "x-should-retry") is { } hint)
        {
            if (hint.Equals("true", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (hint.Equals("false", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        var status = (int)response.StatusCode;
        return status is (int)HttpStatusCode.RequestTimeout or (int)HttpStatusCode.Conflict
            or (int)HttpStatusCode.TooManyRequests or >= 500;
    }

    /// <summary>Whether the request's body cannot be sent twice (an upload read from a non-seekable stream): whatever
    /// the outcome, it is not retried, and the first attempt's response or failure is the call's result.</summary>
    public static bool IsSendOnce(HttpRequestMessage? request) => request?.Content is MultipartBody { Replayable: false };

    /// <summary>The delay the server asked for, when it asked for one within <see cref="MaxRetryAfter"/>.</summary>
    /// <returns>The server's delay, or null to use the exponential backoff.</returns>
    public static TimeSpan? ServerDelay(HttpResponseMessage? response, DateTimeOffset now)
    {
        var hint = OaiApiException.ParseRetryAfter(response?.Headers, now);
        return hint is { } delay && delay <= MaxRetryAfter ? delay : null;
    }
}
