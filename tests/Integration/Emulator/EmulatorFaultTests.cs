using System;
using System.Collections.Generic;
using System.Net;
using System.Threading.Tasks;
using Oai.Chat;
using Oai.Emulator;

namespace Oai.IntegrationTests.Emulator;

/// <summary>Scripted faults end in the client's typed exceptions, in memory and over loopback.</summary>
public sealed class EmulatorFaultTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_scripted_429_with_headers_is_a_rate_limit_exception_with_the_hint(bool inMemory)
    {
        await using var emulator = await Emulators.StartAsync(inMemory);
        using var client = Emulators.Client(emulator);
        emulator.Enqueue(EmulatorReply.Error(429, new ApiError { Message = "Slow down", Type = "requests", Code = "rate_limit_exceeded" }) with
        {
            Headers = new Dictionary<string, string> { ["Retry-After"] = "7", ["x-ratelimit-remaining-requests"] = "0" },
        });

        var error = await Assert.ThrowsAsync<OaiRateLimitException>(() => client.Chat.Completions.CreateAsync(Emulators.Chat()));

        Assert.Equal("Slow down", error.ApiMessage);
        Assert.Equal("rate_limit_exceeded", error.Code);
        Assert.Equal(TimeSpan.FromSeconds(7), error.RetryAfter);
        Assert.Equal(0, error.RateLimits.RemainingRequests);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_scripted_500_is_retried_by_the_client_and_the_next_answer_wins(bool inMemory)
    {
        await using var emulator = await Emulators.StartAsync(inMemory);
        using var client = emulator.CreateClient(options => options.MaxRetries = 1);
        emulator.Enqueue(EmulatorReply.Error(500, new ApiError { Message = "boom", Type = "server_error" }) with
        {
            Headers = new Dictionary<string, string> { ["retry-after-ms"] = "1" },
        });

        var completion = await client.Chat.Completions.CreateAsync(Emulators.Chat("again"));

        Assert.Equal("You said: again", completion.Choices[0].Message.Content);
        Assert.Equal(2, emulator.Requests.Count);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_json_body_of_your_own_is_sent_as_given(bool inMemory)
    {
        await using var emulator = await Emulators.StartAsync(inMemory);
        using var client = Emulators.Client(emulator);
        emulator.Enqueue(EmulatorReply.Json("""{"id":"x","object":"chat.completion","created":1,"model":"m","choices":[{"index":0,"message":{"role":"assistant","content":"own"},"finish_reason":"stop"}],"extra":true}"""));
        emulator.Enqueue(EmulatorReply.Json("{not json"));

        var own = await client.Chat.Completions.CreateAsync(Emulators.Chat());
        Assert.Equal("own", own.Choices[0].Message.Content);
        Assert.True(own.AdditionalProperties!.ContainsKey("extra"));

        await Assert.ThrowsAsync<OaiInvalidResponseException>(() => client.Chat.Completions.CreateAsync(Emulators.Chat()));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_stream_cut_after_two_chunks_is_a_stream_exception_after_two_chunks(bool inMemory)
    {
        await using var emulator = await Emulators.StartAsync(inMemory);
        using var client = Emulators.Client(emulator);
        emulator.Enqueue(EmulatorReply.Text("one two three four") with { CutAfterChunks = 2 });

        var received = new List<ChatCompletionChunk>();
        await Assert.ThrowsAsync<OaiStreamException>(async () =>
        {
            await foreach (var chunk in client.Chat.Completions.CreateStreamAsync(Emulators.Chat()))
            {
                received.Add(chunk);
            }
        });

        Assert.Equal(2, received.Count);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_error_event_mid_stream_is_an_api_exception_with_its_message(bool inMemory)
    {
        await using var emulator = await Emulators.StartAsync(inMemory);
        using var client = Emulators.Client(emulator);
        emulator.Enqueue(EmulatorReply.Text("one two three") with
        {
            ErrorAfterChunks = 1,
            StreamError = new ApiError { Message = "The model overloaded", Type = "server_error", Code = "overloaded" },
        });

        var received = 0;
        var error = await Assert.ThrowsAsync<OaiApiException>(async () =>
        {
            await foreach (var chunk in client.Chat.Completions.CreateStreamAsync(Emulators.Chat()))
            {
                received++;
            }
        });

        Assert.Equal(1, received);
        Assert.Equal("The model overloaded", error.ApiMessage);
        Assert.Equal("overloaded", error.Code);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_stream_stalled_after_one_chunk_trips_the_idle_timeout(bool inMemory)
    {
        await using var emulator = await Emulators.StartAsync(inMemory);
        using var client = emulator.CreateClient(options =>
        {
            options.MaxRetries = 0;
            options.StreamIdleTimeout = TimeSpan.FromMilliseconds(200);
        });
        emulator.Enqueue(EmulatorReply.Text("one two") with { StallAfterChunks = 1 });

        var received = 0;
        await Assert.ThrowsAsync<OaiTimeoutException>(async () =>
        {
            await foreach (var chunk in client.Chat.Completions.CreateStreamAsync(Emulators.Chat()))
            {
                received++;
            }
        });

        Assert.Equal(1, received);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_stall_before_the_headers_trips_the_client_timeout(bool inMemory)
    {
        await using var emulator = await Emulators.StartAsync(inMemory);
        using var client = Emulators.Client(emulator, timeout: TimeSpan.FromMilliseconds(300));
        emulator.Enqueue(EmulatorReply.Stall());

        await Assert.ThrowsAsync<OaiTimeoutException>(() => client.Chat.Completions.CreateAsync(Emulators.Chat()));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Slow_headers_longer_than_the_timeout_trip_it_and_shorter_ones_do_not(bool inMemory)
    {
        await using var emulator = await Emulators.StartAsync(inMemory);
        using var client = Emulators.Client(emulator, timeout: TimeSpan.FromMilliseconds(500));
        emulator.Enqueue(EmulatorReply.Text("late") with { HeadersDelay = TimeSpan.FromSeconds(30) });
        emulator.Enqueue(EmulatorReply.Text("in time") with { HeadersDelay = TimeSpan.FromMilliseconds(20) });

        await Assert.ThrowsAsync<OaiTimeoutException>(() => client.Chat.Completions.CreateAsync(Emulators.Chat()));
        var second = await client.Chat.Completions.CreateAsync(Emulators.Chat());

        Assert.Equal("in time", second.Choices[0].Message.Content);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_reset_is_a_connection_exception(bool inMemory)
    {
        await using var emulator = await Emulators.StartAsync(inMemory);
        using var client = Emulators.Client(emulator);
        emulator.Enqueue(EmulatorReply.Reset());

        await Assert.ThrowsAsync<OaiConnectionException>(() => client.Chat.Completions.CreateAsync(Emulators.Chat()));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Delays_come_before_the_first_chunk_and_between_chunks(bool inMemory)
    {
        await using var emulator = await Emulators.StartAsync(inMemory, new OaiEmulatorOptions { FirstChunkDelay = TimeSpan.FromMilliseconds(150), ChunkDelay = TimeSpan.FromMilliseconds(40) });
        using var client = Emulators.Client(emulator);
        emulator.Enqueue(EmulatorReply.Text("a b c d"));

        var started = System.Diagnostics.Stopwatch.StartNew();
        var arrivals = new List<TimeSpan>();
        await foreach (var chunk in client.Chat.Completions.CreateStreamAsync(Emulators.Chat()))
        {
            arrivals.Add(started.Elapsed);
        }

        // Lower bounds only: a loaded machine may be slower, never faster. Seven events: role, four words, finish, usage.
        Assert.True(arrivals.Count == 7, $"expected 7 events, got {arrivals.Count}");
        Assert.True(arrivals[0] >= TimeSpan.FromMilliseconds(150), $"first chunk after {arrivals[0]}");
        // Measured from the start (not from the first arrival, which a slow first read could delay): 150 ms, then six gaps of 40.
        Assert.True(arrivals[^1] >= TimeSpan.FromMilliseconds(150 + (6 * 40)), $"last chunk after {arrivals[^1]}");
    }
}
