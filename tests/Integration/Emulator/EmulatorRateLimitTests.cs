using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using Oai.Emulator;

namespace Oai.IntegrationTests.Emulator;

/// <summary>The optional RPM/TPM budgets: 429 with Retry-After and the x-ratelimit-* headers, refilled on the emulator's clock.</summary>
public sealed class EmulatorRateLimitTests
{
    private const string Body = """{"model":"gpt-4o","messages":[{"role":"user","content":"hi"}]}""";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Over_the_request_budget_a_call_is_a_429_with_the_wait_and_headers_until_the_clock_refills_it(bool inMemory)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        await using var emulator = await Emulators.StartAsync(inMemory, new OaiEmulatorOptions { TimeProvider = clock, RequestsPerMinute = 2 });
        using var http = new HttpClient(emulator.CreateHandler()) { BaseAddress = emulator.BaseUrl };
        using var client = Emulators.Client(emulator);

        using var first = await http.PostAsync("chat/completions", new StringContent(Body));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("2", first.Headers.GetValues("x-ratelimit-limit-requests").Single());
        Assert.Equal("1", first.Headers.GetValues("x-ratelimit-remaining-requests").Single());
        Assert.Equal("30s", first.Headers.GetValues("x-ratelimit-reset-requests").Single());
        await client.Chat.Completions.CreateAsync(Emulators.Chat());

        var limited = await Assert.ThrowsAsync<OaiRateLimitException>(() => client.Chat.Completions.CreateAsync(Emulators.Chat()));
        Assert.Equal("rate_limit_exceeded", limited.Code);
        Assert.Equal("requests", limited.ErrorType);
        Assert.Equal(TimeSpan.FromSeconds(30), limited.RetryAfter);
        Assert.Equal(2, limited.RateLimits.LimitRequests);
        Assert.Equal(0, limited.RateLimits.RemainingRequests);
        Assert.Equal(TimeSpan.FromMinutes(1), limited.RateLimits.ResetRequests);
        Assert.StartsWith("Rate limit reached for gpt-4o-mini in organization org-emulator on requests per min (RPM): Limit 2, Used 2, Requested 1.", limited.ApiMessage);

        clock.Advance(TimeSpan.FromSeconds(30));
        var after = await client.Chat.Completions.CreateAsync(Emulators.Chat("again"));
        Assert.Equal("You said: again", after.Choices[0].Message.Content);
    }

    [Fact]
    public async Task Over_the_token_budget_a_long_prompt_is_a_429_of_type_tokens()
    {
        var clock = new FakeTimeProvider();
        await using var emulator = await Emulators.StartAsync(true, new OaiEmulatorOptions { TimeProvider = clock, TokensPerMinute = 20 });
        using var client = Emulators.Client(emulator);

        // "user" is 1 token and 60 characters are 15: 16 of the 20 go, 4 are left, and the same prompt again is too much.
        await client.Chat.Completions.CreateAsync(Emulators.Chat(new string('a', 60)));
        var limited = await Assert.ThrowsAsync<OaiRateLimitException>(() => client.Chat.Completions.CreateAsync(Emulators.Chat(new string('a', 60))));

        Assert.Equal("tokens", limited.ErrorType);
        Assert.Equal(4, limited.RateLimits.RemainingTokens);
        Assert.Equal(20, limited.RateLimits.LimitTokens);
        // 12 tokens missing at 20 a minute: 36 seconds.
        Assert.Equal(TimeSpan.FromSeconds(36), limited.RetryAfter);
    }
}
