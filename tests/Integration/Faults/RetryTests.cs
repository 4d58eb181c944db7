using System;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Oai.Emulator;
using Oai.IntegrationTests.Telemetry;

namespace Oai.IntegrationTests.Faults;

/// <summary>Retryable answers (429, 5xx) from the emulator over a real socket: how long the client waits, how often it
/// tries, and what it reports when it gives up.</summary>
[Collection("Telemetry")]
public sealed class RetryTests
{
    [Fact]
    public async Task A_429_with_Retry_After_1_is_retried_once_after_about_a_second()
    {
        using var spans = SpanCapture.Start();
        await using var emulator = await FaultEmulator.StartAsync(spans.Model);
        emulator.EnqueueInOrder(FaultEmulator.Error(429, ("Retry-After", "1")), EmulatorReply.Text("ok"));
        using var client = FaultEmulator.Client(emulator);

        var completion = await client.Chat.Completions.CreateAsync(FaultClients.Request(spans.Model));

        Assert.Equal("ok", completion.Choices[0].Message.Content);
        Assert.Equal(2, emulator.Requests.Count);
        var gap = FaultEmulator.Gaps(emulator)[0];
        Assert.True(gap >= TimeSpan.FromSeconds(0.9), $"expected the retry at least 0.9 s after the 429, came after {gap}");
        Assert.True(gap < TimeSpan.FromSeconds(3), $"expected the retry about 1 s after the 429, came after {gap}");
        spans.AssertOk();
    }

    [Fact]
    public async Task Retry_after_ms_is_preferred_to_Retry_After()
    {
        using var spans = SpanCapture.Start();
        await using var emulator = await FaultEmulator.StartAsync(spans.Model);
        emulator.EnqueueInOrder(FaultEmulator.Error(429, ("retry-after-ms", "200"), ("Retry-After", "5")), EmulatorReply.Text("ok"));
        using var client = FaultEmulator.Client(emulator);

        await client.Chat.Completions.CreateAsync(FaultClients.Request(spans.Model));

        Assert.Equal(2, emulator.Requests.Count);
        var gap = FaultEmulator.Gaps(emulator)[0];
        Assert.True(
            gap >= TimeSpan.FromMilliseconds(180) && gap < TimeSpan.FromSeconds(2),
            $"expected the retry after retry-after-ms (200 ms), not Retry-After (5 s); came after {gap}");
        spans.AssertOk();
    }

    [Fact]
    public async Task Server_errors_500_502_503_are_retried_with_growing_delays_until_a_200()
    {
        using var spans = SpanCapture.Start();
        await using var emulator = await FaultEmulator.StartAsync(spans.Model);
        emulator.EnqueueInOrder(FaultEmulator.Error(500), FaultEmulator.Error(502), FaultEmulator.Error(503), EmulatorReply.Text("ok"));
        using var client = FaultEmulator.Client(emulator, o => o.MaxRetries = 3);

        var completion = await client.Chat.Completions.CreateAsync(FaultClients.Request(spans.Model));

        Assert.Equal("ok", completion.Choices[0].Message.Content);
        Assert.Equal(4, emulator.Requests.Count);

        // Decorrelated jitter randomises each wait, but their running sum follows the exponential curve: from a 0.5 s
        // base, the first wait is under 0.7 s while the three together are at least 1.4 s (at most 2.9 s).
        var gaps = FaultEmulator.Gaps(emulator);
        var total = gaps.Aggregate(TimeSpan.Zero, (sum, gap) => sum + gap);
        Assert.True(total >= TimeSpan.FromSeconds(1.3) && total < TimeSpan.FromSeconds(8), $"expected about 1.4-2.9 s of backoff in all (8 s bound leaves room for a loaded machine), got {string.Join(", ", gaps)}");
        Assert.True(gaps[1] + gaps[2] > gaps[0], $"expected the later waits to outgrow the first, got {string.Join(", ", gaps)}");
        spans.AssertOk();
    }

    [Fact]
    public async Task Exhausted_retries_throw_the_last_status_and_request_id()
    {
        using var spans = SpanCapture.Start();
        await using var emulator = await FaultEmulator.StartAsync(spans.Model);
        emulator.EnqueueInOrder(FaultEmulator.Error(500), FaultEmulator.Error(502), FaultEmulator.Error(503), FaultEmulator.Error(503));
        using var client = FaultEmulator.Client(emulator, o =>
        {
            o.MaxRetries = 3;
            FaultClients.ShortBackoff(o);
        });

        var ex = await Assert.ThrowsAsync<OaiApiException>(() => client.Chat.Completions.CreateAsync(FaultClients.Request(spans.Model)));

        Assert.Equal(4, emulator.Requests.Count);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ex.StatusCode);
        Assert.Equal("req_4", ex.RequestId);
        Assert.Equal("fault_error_503", ex.ErrorType);
        Assert.EndsWith("(request id req_4)", ex.Message, StringComparison.Ordinal);
        spans.AssertError("503");
    }

    [Fact]
    public async Task Exhausted_429s_throw_a_rate_limit_exception_with_the_retry_hint()
    {
        using var spans = SpanCapture.Start();
        await using var emulator = await FaultEmulator.StartAsync(spans.Model);
        var tooMany = FaultEmulator.Error(429, ("retry-after-ms", "20"));
        emulator.EnqueueInOrder(tooMany, tooMany, tooMany);
        using var client = FaultEmulator.Client(emulator);

        var ex = await Assert.ThrowsAsync<OaiRateLimitException>(() => client.Chat.Completions.CreateAsync(FaultClients.Request(spans.Model)));

        Assert.Equal(3, emulator.Requests.Count);
        Assert.Equal(TimeSpan.FromMilliseconds(20), ex.RetryAfter);
        Assert.Equal("req_3", ex.RequestId);
        spans.AssertError("429");
    }

    [Theory]
    [InlineData(503, "false", 1)]
    [InlineData(400, "true", 2)]
    public async Task The_x_should_retry_header_overrides_the_status(int status, string hint, int expectedRequests)
    {
        using var spans = SpanCapture.Start();
        await using var emulator = await FaultEmulator.StartAsync(spans.Model);
        emulator.EnqueueInOrder(FaultEmulator.Error(status, ("x-should-retry", hint)), EmulatorReply.Text("ok"));
        using var client = FaultEmulator.Client(emulator, FaultClients.ShortBackoff);

        if (expectedRequests == 1)
        {
            var ex = await Assert.ThrowsAsync<OaiApiException>(() => client.Chat.Completions.CreateAsync(FaultClients.Request(spans.Model)));
            Assert.Equal((HttpStatusCode)status, ex.StatusCode);
            spans.AssertError("503");
        }
        else
        {
            await client.Chat.Completions.CreateAsync(FaultClients.Request(spans.Model));
            spans.AssertOk();
        }

        Assert.Equal(expectedRequests, emulator.Requests.Count);
    }
}
