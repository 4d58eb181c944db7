using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Oai.Pipeline;
using RichardSzalay.MockHttp;

namespace Oai.UnitTests.Pipeline;

/// <summary>How long the client waits between attempts: jittered exponential backoff capped at 8 s, or the server's own
/// hint when it gives one of at most 60 s, all on the client's clock.</summary>
public sealed class RetryBackoffTests
{
    private static HttpResponseMessage Failure(HttpStatusCode status, string? retryAfterMs = null)
    {
        var response = Recorder.Json("""{"error":{"message":"busy","type":"server_error","param":null,"code":null}}""", status);
        if (retryAfterMs is not null)
        {
            response.Headers.Add("retry-after-ms", retryAfterMs);
        }

        return response;
    }

    /// <summary>Runs one call whose first <paramref name="failures"/> attempts fail, moving a fake clock past each wait,
    /// and returns the waits the client chose.</summary>
    private static async Task<IReadOnlyList<TimeSpan>> WaitsOfACallAsync(
        int failures, TimeSpan baseDelay, Func<int, HttpResponseMessage>? failure = null)
    {
        var time = new TimerLog();
        var attempts = 0;
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(_ => Interlocked.Increment(ref attempts) <= failures
            ? (failure ?? (_ => Failure(HttpStatusCode.ServiceUnavailable)))(attempts)
            : Recorder.Json(TestClients.CompletionJson));
        using var client = TestClients.Create(mock, options =>
        {
            options.TimeProvider = time;
            options.RetryBaseDelay = baseDelay;
            options.MaxRetries = failures;
            options.Timeout = Timeout.InfiniteTimeSpan;
        });

        var call = client.Chat.Completions.CreateAsync(TestClients.Hello());
        var waits = new List<TimeSpan>();
        for (var i = 0; i < failures; i++)
        {
            var wait = await time.NextTimerAsync();
            waits.Add(wait);
            time.Advance(wait);
        }

        var reply = await call.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("chatcmpl-1", reply.Id);
        Assert.Equal(failures + 1, attempts);
        return waits;
    }

    [Fact]
    public async Task Two_clients_failing_together_do_not_retry_in_lockstep()
    {
        var first = await WaitsOfACallAsync(failures: 3, baseDelay: TimeSpan.FromSeconds(1));
        var second = await WaitsOfACallAsync(failures: 3, baseDelay: TimeSpan.FromSeconds(1));

        Assert.True(
            !first.SequenceEqual(second),
            $"jittered backoff should spread retries, but both clients waited {string.Join(", ", first)}");
        Assert.All(first.Concat(second), wait => Assert.InRange(wait, TimeSpan.FromTicks(1), RetryPolicy.MaxBackoff));
    }

    [Fact]
    public async Task Backoff_grows_but_never_waits_more_than_8_seconds()
    {
        var waits = await WaitsOfACallAsync(failures: 6, baseDelay: TimeSpan.FromSeconds(4));

        Assert.All(waits, wait => Assert.InRange(wait, TimeSpan.FromTicks(1), TimeSpan.FromSeconds(8)));
    }

    [Fact]
    public async Task A_server_hint_of_exactly_60_seconds_is_waited_for_on_the_clients_clock()
    {
        var waits = await WaitsOfACallAsync(
            failures: 1, baseDelay: TimeSpan.FromSeconds(1), failure: _ => Failure(HttpStatusCode.TooManyRequests, retryAfterMs: "60000"));

        Assert.Equal([TimeSpan.FromSeconds(60)], waits);
    }

    [Fact]
    public async Task A_server_hint_past_60_seconds_falls_back_to_the_backoff()
    {
        var waits = await WaitsOfACallAsync(
            failures: 1, baseDelay: TimeSpan.FromSeconds(1), failure: _ => Failure(HttpStatusCode.TooManyRequests, retryAfterMs: "60001"));

        var wait = Assert.Single(waits);
        Assert.True(wait <= RetryPolicy.MaxBackoff, $"a 60.001 s hint is ignored for the backoff (at most 8 s), but the client waited {wait}");
    }

    [Theory]
    [InlineData("retry-after-ms", "0")]
    [InlineData("Retry-After", "0")]
    [InlineData("Retry-After", "Mon, 23 Nov 2026 11:59:00 GMT")]
    public void A_hint_of_zero_or_a_date_already_past_means_retry_now(string header, string value)
    {
        var now = new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.TryAddWithoutValidation(header, value);

        Assert.Equal(TimeSpan.Zero, RetryPolicy.ServerDelay(response, now));
    }

    [Theory]
    [InlineData("60000", 60_000.0)]
    [InlineData("59999.5", 59_999.5)]
    [InlineData("60000.001", null)]
    [InlineData("-1", null)]
    public void The_retry_after_ms_bounds_are_zero_and_60_seconds_inclusive(string value, double? expectedMs)
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.TryAddWithoutValidation("retry-after-ms", value);

        var delay = RetryPolicy.ServerDelay(response, DateTimeOffset.UnixEpoch);

        Assert.Equal(expectedMs is { } ms ? TimeSpan.FromMilliseconds(ms) : null, delay);
    }
}
