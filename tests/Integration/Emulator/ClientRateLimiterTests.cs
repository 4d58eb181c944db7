using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using Oai.Chat;
using Oai.Emulator;
using Oai.Files;
using Xunit.Abstractions;

namespace Oai.IntegrationTests.Emulator;

/// <summary>The client-side limiter against the emulator's requests-per-minute budget: a thousand concurrent calls
/// through one client all get their own answer once, with far fewer 429s than the same calls without the limiter.</summary>
public sealed class ClientRateLimiterTests(ITestOutputHelper output)
{
    private const int Calls = 1000;
    private const int RequestsPerMinute = 600;

    /// <summary>Counts the responses the emulator gave, and how many were 429.</summary>
    private sealed class Counting(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        private int _responses;
        private int _limited;

        public int Responses => Volatile.Read(ref _responses);

        public int Limited => Volatile.Read(ref _limited);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            Interlocked.Increment(ref _responses);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Interlocked.Increment(ref _limited);
            }

            return response;
        }
    }

    /// <summary>Makes the calls at once through one client, with the emulator's clock driven until all have ended;
    /// returns the 429s, the responses and each call's answer (null for a call that failed after its retries).</summary>
    private static async Task<(int Limited, int Responses, string?[] Answers)> RunAsync(ClientRateLimitOptions? limiter)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        await using var emulator = await Emulators.StartAsync(true, new OaiEmulatorOptions { TimeProvider = clock, RequestsPerMinute = RequestsPerMinute });
        using var counting = new Counting(emulator.CreateHandler());
        using var client = new OaiClient(new OaiClientOptions
        {
            ApiKey = "sk-emulator",
            BaseUrl = emulator.BaseUrl,
            Transport = counting,
            MaxRetries = 10,
            Timeout = TimeSpan.FromDays(1),
            TimeProvider = clock,
            RateLimiting = limiter,
        });

        var calls = Enumerable.Range(0, Calls).Select(async i =>
        {
            try
            {
                return (await client.Chat.Completions.CreateAsync(Emulators.Chat($"question {i}"))).Choices[0].Message.Content;
            }
            catch (OaiRateLimitException)
            {
                return null;
            }
        }).ToArray();
        var all = Task.WhenAll(calls);
        // The clock moves only when the emulator has been idle for a while: every call that can go at a moment goes
        // at that moment, as thousands of concurrent callers would, whatever the machine's speed.
        for (var step = 0; step < 2_000 && !all.IsCompleted; step++)
        {
            var before = counting.Responses;
            await Task.WhenAny(all, Task.Delay(50));
            if (counting.Responses == before)
            {
                clock.Advance(TimeSpan.FromSeconds(1));
            }
        }

        var answers = await all.WaitAsync(TimeSpan.FromMinutes(2));
        return (counting.Limited, counting.Responses, answers);
    }

    [Fact]
    public async Task A_thousand_concurrent_calls_finish_once_each_with_far_fewer_429s_with_the_limiter()
    {
        var without = await RunAsync(null);
        var with = await RunAsync(new ClientRateLimitOptions());

        var lost = without.Answers.Count(a => a is null);
        output.WriteLine($"{Calls} calls, emulator budget {RequestsPerMinute} RPM, 10 retries: without the limiter {without.Limited} 429s in {without.Responses} responses and {lost} calls failed; with it {with.Limited} 429s in {with.Responses} responses");
        Assert.Equal(Enumerable.Range(0, Calls).Select(i => $"You said: question {i}"), with.Answers);
        Assert.True(without.Limited >= Calls - RequestsPerMinute, $"Expected at least {Calls - RequestsPerMinute} 429s without the limiter, got {without.Limited}.");
        Assert.True(with.Limited * 20 <= without.Limited, $"Expected the limiter to cut the 429s at least twentyfold: {with.Limited} with it, {without.Limited} without.");
        Assert.Equal(Calls + with.Limited, with.Responses);
    }

    [Fact]
    public async Task A_call_larger_than_the_token_limit_goes_through_and_uploads_spend_no_tokens()
    {
        // The emulator's budget (5,000 tokens a minute) reports x-ratelimit-*-tokens after the first call, so the
        // header-fed budget is in play beside the client's fixed 1,000-token bucket. A 2 MB upload (once estimated at
        // 524,288 tokens: it waited forever for the header budget) and a chat body of about 1,500 estimated tokens
        // (once refused by the 1,000-token bucket) both go through.
        await using var emulator = await Emulators.StartAsync(true, new OaiEmulatorOptions { TokensPerMinute = 5000 });
        using var client = emulator.CreateClient(options => options.RateLimiting = new ClientRateLimitOptions { TokensPerMinute = 1000 });

        var first = await client.Chat.Completions.CreateAsync(new ChatCompletionRequest { Model = "gpt-4o-mini", Messages = [ChatMessage.User("hi")] });
        var file = await client.Files.CreateAsync(new MemoryStream(new byte[2 * 1024 * 1024]), "big.jsonl", FilePurpose.Batch)
            .WaitAsync(TimeSpan.FromSeconds(30));
        var large = await client.Chat.Completions.CreateAsync(new ChatCompletionRequest { Model = "gpt-4o-mini", Messages = [ChatMessage.User(new string('x', 6000))] })
            .WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal("You said: hi", first.Choices[0].Message.Content);
        Assert.Equal(2 * 1024 * 1024, file.Bytes);
        Assert.StartsWith("You said: xxx", large.Choices[0].Message.Content, StringComparison.Ordinal);
    }
}
