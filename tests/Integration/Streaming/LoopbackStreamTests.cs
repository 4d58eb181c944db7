using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Oai.Chat;
using Oai.Emulator;
using Oai.IntegrationTests.Servers;

namespace Oai.IntegrationTests.Streaming;

/// <summary>Chat streams over a real socket: read to the end, cancelled, dropped, and slow.</summary>
/// <remarks>On the emulator, except two that need the server to wait for the client: a reset mid-stream (a TCP reset
/// discards bytes not yet read, so the server resets only once the client holds the chunk) and the lockstep test (the
/// server writes each chunk only once the caller holds the previous one). The emulator's scripts cannot wait on the
/// client, so those two keep a hand-written server.</remarks>
public sealed class LoopbackStreamTests
{
    private static OaiClient Client(LoopbackServer server) => new(new OaiClientOptions
    {
        ApiKey = "sk-loopback-test-key-000000000000",
        BaseUrl = server.BaseUrl,
        RetryBaseDelay = TimeSpan.FromMilliseconds(1),
    });

    private static OaiClient Client(OaiEmulator emulator) => emulator.CreateClient(options =>
    {
        options.ApiKey = "sk-loopback-test-key-000000000000";
        options.RetryBaseDelay = TimeSpan.FromMilliseconds(1);
    });

    private static ChatCompletionRequest Request() => new() { Model = "gpt-4o-mini", Messages = [ChatMessage.User("Count to three")] };

    [Fact]
    public async Task A_stream_read_to_the_end_yields_every_chunk_and_folds_back()
    {
        await using var emulator = await OaiEmulator.StartAsync();
        emulator.Enqueue(EmulatorReply.Text("one two three") with { Headers = new Dictionary<string, string> { ["x-request-id"] = "req_loopback" } });
        using var client = Client(emulator);

        var accumulator = new ChatCompletionAccumulator();
        var stream = client.Chat.Completions.CreateStreamAsync(Request());
        var texts = new List<string?>();
        await foreach (var chunk in stream)
        {
            accumulator.Append(chunk);
            texts.Add(chunk.Choices is [var choice, ..] ? choice.Delta.Content : "(usage)");
        }

        // The role chunk, a chunk per word, the finish chunk, the usage chunk the client asks for.
        Assert.Equal(["", "one", " two", " three", null, "(usage)"], texts);
        var completion = accumulator.Build();
        Assert.Equal("one two three", completion.Choices[0].Message.Content);
        Assert.Equal(Oai.FinishReason.Stop, completion.Choices[0].FinishReason);

        // The emulator's estimate, about four characters a token: "user" + "Count to three" in, "one two three" out.
        Assert.Equal((5, 4, 9), (completion.Usage!.PromptTokens, completion.Usage.CompletionTokens, completion.Usage.TotalTokens));
        Assert.Equal("req_loopback", stream.RequestId);
    }

    [Fact]
    public async Task Cancelling_in_the_middle_closes_the_connection()
    {
        await using var emulator = await OaiEmulator.StartAsync();
        emulator.Enqueue(EmulatorReply.Text("one two three") with { StallAfterChunks = 1 });
        using var client = Client(emulator);
        using var cts = new CancellationTokenSource();

        var received = new List<ChatCompletionChunk>();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var chunk in client.Chat.Completions.CreateStreamAsync(Request()).WithCancellation(cts.Token))
            {
                received.Add(chunk);
                await cts.CancelAsync();
            }
        });

        Assert.Single(received);
        var request = Assert.Single(emulator.Requests);
        Assert.True(await request.ClientLeft.WaitAsync(TimeSpan.FromSeconds(10)), "expected the client to close the connection");
    }

    [Fact]
    public async Task Breaking_out_early_closes_the_connection()
    {
        await using var emulator = await OaiEmulator.StartAsync();
        emulator.Enqueue(EmulatorReply.Text("one two three") with { StallAfterChunks = 1 });
        using var client = Client(emulator);

        await foreach (var _ in client.Chat.Completions.CreateStreamAsync(Request()))
        {
            break;
        }

        var request = Assert.Single(emulator.Requests);
        Assert.True(await request.ClientLeft.WaitAsync(TimeSpan.FromSeconds(10)), "expected the client to close the connection");
    }

    [Fact]
    public async Task A_connection_dropped_mid_stream_is_a_stream_exception_and_not_retried()
    {
        LoopbackServer? self = null;
        await using var server = self = await LoopbackServer.StartAsync(async (context, _) =>
        {
            Sse.Begin(context);
            await Sse.DataAsync(context, Sse.Chunk(0, "one"));

            // An abort sends a TCP reset, which discards data the client has not read yet: wait until it has the chunk.
            await self!.ClientHasData.Task.WaitAsync(TimeSpan.FromSeconds(30));
            context.Abort();
        });
        using var client = Client(server);

        var received = 0;
        var ex = await Assert.ThrowsAsync<OaiStreamException>(async () =>
        {
            await foreach (var _ in client.Chat.Completions.CreateStreamAsync(Request()))
            {
                received++;
                server.ClientHasData.TrySetResult();
            }
        });

        Assert.Equal(1, received);
        Assert.Equal(1, server.Requests);
        Assert.StartsWith("The stream from POST /v1/chat/completions", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_chunk_is_handed_over_as_it_is_written_not_when_the_server_finishes()
    {
        // Lockstep: the server writes the next chunk only after the caller holds the previous one. A client that
        // buffered until the end of the stream would leave the server waiting, and the server would give up.
        using var callerHasChunk = new SemaphoreSlim(0);
        var serverGaveUp = false;
        await using var server = await LoopbackServer.StartAsync(async (context, _) =>
        {
            Sse.Begin(context);
            foreach (var word in new[] { "one", " two", " three" })
            {
                await Sse.DataAsync(context, Sse.Chunk(0, word));
                if (!await callerHasChunk.WaitAsync(TimeSpan.FromSeconds(10)))
                {
                    serverGaveUp = true;
                    return;
                }
            }

            await Sse.DataAsync(context, "[DONE]");
        });
        using var client = Client(server);

        var words = new List<string?>();
        await foreach (var chunk in client.Chat.Completions.CreateStreamAsync(Request()))
        {
            words.Add(chunk.Choices[0].Delta.Content);
            callerHasChunk.Release();
        }

        Assert.False(serverGaveUp);
        Assert.Equal(["one", " two", " three"], words);
    }
}
