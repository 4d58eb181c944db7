using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using Oai.Chat;
using Oai.Emulator;
using Oai.Files;
using Oai.FineTuning;

namespace Oai.IntegrationTests.Emulator;

/// <summary>The code quoted in docs/testing.md and docs/emulator.md, compiled and run so the guides cannot rot.</summary>
public sealed class EmulatorDocSamples
{
    // docs/testing.md: "The code under test" (a user's own code)
    // docs:begin emulator-code-under-test
    public static async Task<string> SummarizeAsync(OaiClient client, string text)
    {
        var completion = await client.Chat.Completions.CreateAsync(new ChatCompletionRequest
        {
            Model = "gpt-4o-mini",
            Messages = [ChatMessage.System("Summarize in one sentence."), ChatMessage.User(text)],
        });
        return completion.TryGetText(out var summary) ? summary : "(no summary)";
    }
    // docs:end

    [Fact]
    public async Task In_memory()
    {
        // docs/testing.md: "In memory"
        // docs:begin emulator-in-memory
        await using var emulator = await OaiEmulator.StartAsync(new OaiEmulatorOptions { InMemory = true });
        using var client = emulator.CreateClient();
        emulator.Enqueue(EmulatorReply.Text("A cat sat."));

        var summary = await SummarizeAsync(client, "The cat, being tired, sat down on the mat.");

        Assert.Equal("A cat sat.", summary);
        var request = Assert.Single(emulator.Requests);
        Assert.Equal("chat/completions", request.Path);
        Assert.Equal("system", request.Body!.Value.GetProperty("messages")[0].GetProperty("role").GetString());
        // docs:end
    }

    [Fact]
    public async Task On_a_loopback_port()
    {
        // docs/testing.md: "On a loopback port"
        // docs:begin emulator-loopback
        await using var emulator = await OaiEmulator.StartAsync();   // http://127.0.0.1:PORT/v1/
        using var http = new System.Net.Http.HttpClient();
        using var response = await http.PostAsync(
            new Uri(emulator.BaseUrl, "chat/completions"),
            new System.Net.Http.StringContent("""{"model":"gpt-4o-mini","messages":[{"role":"user","content":"Hi"}]}"""));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"You said: Hi\"", await response.Content.ReadAsStringAsync());
        // docs:end
    }

    [Fact]
    public async Task Scripts_and_faults()
    {
        await using var emulator = await OaiEmulator.StartAsync(new OaiEmulatorOptions { InMemory = true });
        using var client = emulator.CreateClient(options => options.MaxRetries = 0);
        var request = new ChatCompletionRequest
        {
            Model = "gpt-4o",
            Messages = [ChatMessage.User("Weather in Paris?")],
            Tools = [ChatTool.Function("get_weather", "Gets the weather", """{"type":"object","properties":{"city":{"type":"string"}}}""")],
        };

        // docs/testing.md: "Scripts"
        // docs:begin emulator-scripts
        // Answers the next chat request that offers get_weather, whole or streamed.
        emulator.Enqueue(EmulatorReply.ToolCall("get_weather", """{"city":"Paris"}"""));
        // Only for gpt-4o-mini; only for a request whose body passes the test.
        emulator.Enqueue(EmulatorReply.Text("Short answer.") with { Model = "gpt-4o-mini" });
        emulator.Enqueue(EmulatorReply.Refusal("I can't help with that.") with
        {
            When = r => r.Body?.GetProperty("messages").GetRawText().Contains("secret") == true,
        });
        // docs:end

        var call = await client.Chat.Completions.CreateAsync(request);
        Assert.True(call.Choices[0].IsStoppedForToolCalls);
        Assert.Equal(2, emulator.PendingReplies);

        // docs/testing.md: "Faults"
        // docs:begin emulator-faults
        emulator.Enqueue(EmulatorReply.Error(429, new ApiError { Message = "Slow down", Type = "requests", Code = "rate_limit_exceeded" }) with
        {
            Headers = new Dictionary<string, string> { ["Retry-After"] = "2" },
        });
        emulator.Enqueue(EmulatorReply.Text("one two three four") with { CutAfterChunks = 2 });     // ends without [DONE]
        emulator.Enqueue(EmulatorReply.Text("one two three") with { ErrorAfterChunks = 1 });       // an error event mid-stream
        emulator.Enqueue(EmulatorReply.Text("one two") with { StallAfterChunks = 1 });             // goes silent, connection open
        emulator.Enqueue(EmulatorReply.Text("late") with { HeadersDelay = TimeSpan.FromSeconds(30) }); // slow headers
        emulator.Enqueue(EmulatorReply.Reset());                                                   // the connection is aborted
        emulator.Enqueue(EmulatorReply.Stall());                                                   // no answer at all
        // docs:end

        var limited = await Assert.ThrowsAsync<OaiRateLimitException>(() => client.Chat.Completions.CreateAsync(request));
        Assert.Equal(TimeSpan.FromSeconds(2), limited.RetryAfter);
        await Assert.ThrowsAsync<OaiStreamException>(async () => await client.Chat.Completions.CreateStreamAsync(request).ToListAsync());
        await Assert.ThrowsAsync<OaiApiException>(async () => await client.Chat.Completions.CreateStreamAsync(request).ToListAsync());
    }

    [Fact]
    public async Task Record_and_replay()
    {
        var path = Path.Combine(Path.GetTempPath(), $"session-{Guid.NewGuid():N}.json");
        await using var upstreamService = await OaiEmulator.StartAsync();
        var realService = upstreamService.BaseUrl;
        var key = "sk-test-upstream";
        try
        {
            // docs/testing.md: "Record and replay"
            // docs:begin emulator-record-replay
            // Once, with a key: in front of the real service (realService = https://api.openai.com/v1/), recording.
            await using (var proxy = await OaiEmulator.StartAsync(new OaiEmulatorOptions { Upstream = realService, UpstreamApiKey = key, RecordPath = path }))
            {
                using var client = proxy.CreateClient();
                await SummarizeAsync(client, "A long text.");
            }

            // In every test run after, offline: the same answers, streams with their timing.
            await using var replay = await OaiEmulator.StartAsync(new OaiEmulatorOptions { InMemory = true, ReplayPath = path });
            using var offline = replay.CreateClient();
            Assert.Equal("You said: A long text.", await SummarizeAsync(offline, "A long text."));
            // docs:end
            Assert.DoesNotContain(key, await File.ReadAllTextAsync(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Rate_limits()
    {
        // docs/testing.md: "Rate limits"
        // docs:begin emulator-rate-limits
        var clock = new FakeTimeProvider();
        await using var emulator = await OaiEmulator.StartAsync(new OaiEmulatorOptions
        {
            InMemory = true,
            TimeProvider = clock,
            RequestsPerMinute = 1,
        });
        using var client = emulator.CreateClient(options => options.MaxRetries = 0);

        await SummarizeAsync(client, "first");
        var limited = await Assert.ThrowsAsync<OaiRateLimitException>(() => SummarizeAsync(client, "second"));
        Assert.Equal(TimeSpan.FromMinutes(1), limited.RetryAfter);
        clock.Advance(TimeSpan.FromMinutes(1));
        await SummarizeAsync(client, "third");   // the budget has refilled
        // docs:end
    }

    [Fact]
    public async Task Fine_tuning_on_a_fake_clock()
    {
        // docs/testing.md: "Fine-tuning on the emulator's clock"
        // docs:begin emulator-fine-tuning
        var clock = new FakeTimeProvider();
        await using var emulator = await OaiEmulator.StartAsync(new OaiEmulatorOptions { InMemory = true, TimeProvider = clock });
        using var client = emulator.CreateClient();
        var file = await client.Files.CreateAsync(
            new MemoryStream("""{"messages":[{"role":"user","content":"Hi"},{"role":"assistant","content":"Hello"}]}"""u8.ToArray()),
            "train.jsonl", FilePurpose.FineTune);
        var job = await client.FineTuning.Jobs.CreateAsync(new FineTuningJobRequest { Model = "gpt-4o-mini-2024-07-18", TrainingFile = file.Id });

        clock.Advance(TimeSpan.FromSeconds(2));   // one step validating, one queued: running now
        Assert.Equal(FineTuningJobStatus.Running, (await client.FineTuning.Jobs.RetrieveAsync(job.Id)).Status);
        clock.Advance(TimeSpan.FromSeconds(12));  // twelve training steps, a checkpoint after each of three epochs
        Assert.Equal(FineTuningJobStatus.Succeeded, (await client.FineTuning.Jobs.RetrieveAsync(job.Id)).Status);
        Assert.Equal(3, await client.FineTuning.Jobs.ListCheckpointsAsync(job.Id).CountAsync());
        // docs:end
    }

    /// <summary>A user's code that streams, for the test-double sample.</summary>
    public static async Task<string> StreamAllAsync(ChatCompletionsClient completions, CancellationToken cancellationToken = default)
    {
        var text = string.Empty;
        await foreach (var chunk in completions.CreateStreamAsync(new ChatCompletionRequest { Model = "gpt-4o-mini", Messages = [ChatMessage.User("Hi")] }, cancellationToken: cancellationToken))
        {
            text += chunk.TryGetText(out var piece) ? piece : string.Empty;
        }

        return text;
    }

    // docs/testing.md: "Test doubles without a server"
    // docs:begin emulator-test-doubles
    private sealed class FakeCompletions : ChatCompletionsClient
    {
        public override OaiStream<ChatCompletionChunk> CreateStreamAsync(
            ChatCompletionRequest request, RequestOptions? options = null, CancellationToken cancellationToken = default) =>
            OaiStream.FromChunks([Chunk("Hello"), Chunk(" there")], requestId: "req_fake");

        private static ChatCompletionChunk Chunk(string text) =>
            new() { Choices = [new ChatChunkChoice { Delta = new ChatDelta { Content = text } }] };
    }

    // A listing: OaiAsyncPageable.FromPages(new ListPage<FileObject> { Data = [file1, file2] }, nextPage)
    // docs:end

    [Fact]
    public async Task Test_doubles()
    {
        Assert.Equal("Hello there", await StreamAllAsync(new FakeCompletions()));
        var pages = OaiAsyncPageable.FromPages(new ListPage<FileObject> { Data = [new FileObject { Id = "file-1" }] }, new ListPage<FileObject> { Data = [new FileObject { Id = "file-2" }] });
        Assert.Equal(["file-1", "file-2"], await pages.Select(f => f.Id).ToListAsync());
    }
}
