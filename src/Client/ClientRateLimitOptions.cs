using System;

namespace Oai;

/// <summary>The client-side limiter (<see cref="OaiClientOptions.RateLimiting"/>): keeps one client's calls within the
/// account's requests- and tokens-per-minute limits and under a concurrency cap, so many concurrent calls queue in the
/// client instead of storming the service with requests it answers 429.</summary>
/// <remarks>
/// <para>It learns the account's real budget from the <c>x-ratelimit-remaining-*</c> and <c>x-ratelimit-reset-*</c>
/// headers of every response: when the remaining requests (or tokens) run out, calls wait until the reset time the
/// service gave. A 429 that still gets through pauses every call of the client for the wait the service asked for (the
/// retry handler then retries it). The fixed limits below, when set, add token buckets of
/// System.Threading.RateLimiting on top.</para>
/// <para>It sits under the retry handler, so each attempt (retries included) takes its place in the queue. Waits run
/// on the client's clock and end with the caller's cancellation token. One limiter per client: clients sharing an API
/// key do not see each other's calls, except through the headers.</para>
/// </remarks>
public sealed class ClientRateLimitOptions
{
    /// <summary>Gets or sets the most calls in flight at once (default 32).</summary>
    public int MaxConcurrentRequests { get; set; } = 32;

    /// <summary>Gets or sets a fixed requests-per-minute limit, or null (the default) to go by the service's headers only.</summary>
    public int? RequestsPerMinute { get; set; }

    /// <summary>Gets or sets a fixed tokens-per-minute limit, or null (the default) to go by the service's headers only.
    /// A request's tokens are estimated as its body's bytes over four.</summary>
    public int? TokensPerMinute { get; set; }

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxConcurrentRequests, 1, nameof(MaxConcurrentRequests));
        if (RequestsPerMinute is { } rpm)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(rpm, 1, nameof(RequestsPerMinute));
        }

        if (TokensPerMinute is { } tpm)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(tpm, 1, nameof(TokensPerMinute));
        }
    }
}
