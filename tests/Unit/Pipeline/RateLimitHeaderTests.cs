using System;
using System.Net;
using System.Net.Http;

namespace Oai.UnitTests.Pipeline;

/// <summary>The <c>x-ratelimit-*</c> headers read into <see cref="RateLimitInfo"/>: the service's Go-style durations in
/// every unit it uses, and null (never an exception or a made-up value) for anything else.</summary>
public sealed class RateLimitHeaderTests
{
    [Theory]
    [InlineData("2ms", 2 * TimeSpan.TicksPerMillisecond)]
    [InlineData("0s", 0L)]
    [InlineData("1.5s", 1500 * TimeSpan.TicksPerMillisecond)]
    [InlineData("6m0s", 6 * TimeSpan.TicksPerMinute)]
    [InlineData("1h", TimeSpan.TicksPerHour)]
    [InlineData("1h2m3s", TimeSpan.TicksPerHour + (2 * TimeSpan.TicksPerMinute) + (3 * TimeSpan.TicksPerSecond))]
    [InlineData("500us", 5000L)]
    [InlineData("500\u00B5s", 5000L)] // Go's own spelling, with the micro sign
    [InlineData("500\u03BCs", 5000L)] // Greek mu, which Go's parser also accepts
    [InlineData("1ms500\u00B5s", 15000L)]
    [InlineData("1500ns", 15L)]
    [InlineData(" 20ms ", 20 * TimeSpan.TicksPerMillisecond)]
    public void Reads_every_unit_the_service_sends(string header, long expectedTicks)
    {
        Assert.Equal(TimeSpan.FromTicks(expectedTicks), RateLimitInfo.ParseDuration(header));
    }

    [Theory]
    [InlineData("15")] // a number with no unit
    [InlineData("s")] // a unit with no number
    [InlineData("1 s")]
    [InlineData("2d")] // not a Go duration unit
    [InlineData("1.2.3s")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("920000000000s")] // exactly at the cap, just under TimeSpan.MaxValue
    public void Anything_else_is_no_duration(string header)
    {
        Assert.Null(RateLimitInfo.ParseDuration(header));
    }

    [Fact]
    public void Just_under_the_cap_is_still_a_duration()
    {
        var duration = RateLimitInfo.ParseDuration("919999999999s");

        // About 29,000 years; a double carries it to within a few microseconds.
        Assert.NotNull(duration);
        Assert.InRange(duration.Value, TimeSpan.FromSeconds(919_999_999_998), TimeSpan.FromSeconds(920_000_000_000));
    }

    [Fact]
    public void Reads_all_six_headers_of_a_response()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.OK);
        response.Headers.Add("x-ratelimit-limit-requests", "5000");
        response.Headers.Add("x-ratelimit-limit-tokens", "4000000");
        response.Headers.Add("x-ratelimit-remaining-requests", "4999");
        response.Headers.Add("x-ratelimit-remaining-tokens", "3999986");
        response.Headers.Add("x-ratelimit-reset-requests", "12ms");
        response.Headers.Add("x-ratelimit-reset-tokens", "1h0m0s");

        Assert.Equal(
            new RateLimitInfo
            {
                LimitRequests = 5000,
                LimitTokens = 4_000_000,
                RemainingRequests = 4999,
                RemainingTokens = 3_999_986,
                ResetRequests = TimeSpan.FromMilliseconds(12),
                ResetTokens = TimeSpan.FromHours(1),
            },
            RateLimitInfo.FromHeaders(response.Headers));
    }

    [Fact]
    public void A_header_sent_twice_is_not_read_as_its_values_run_together()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.OK);
        response.Headers.Add("x-ratelimit-remaining-requests", ["10", "20"]);
        response.Headers.Add("x-ratelimit-reset-requests", ["1s", "2s"]);

        var limits = RateLimitInfo.FromHeaders(response.Headers);

        Assert.Null(limits.RemainingRequests);
        Assert.Null(limits.ResetRequests);
    }

    [Fact]
    public void No_headers_give_an_empty_record()
    {
        Assert.Equal(new RateLimitInfo(), RateLimitInfo.FromHeaders(null));
    }
}
