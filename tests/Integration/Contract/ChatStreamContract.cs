using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Oai.Responses;
using Oai.Responses.Chat;

namespace Oai.IntegrationTests.Contract;

/// <summary>What a chat stream from Steady looks like through the client.</summary>
/// <remarks>
/// Steady streams only when asked with <c>Accept: text/event-stream</c> (the client always asks so for streams) and
/// frames a stream its own way: five <c>event: message</c> chunks, then <c>event: done</c> with <c>data: {}</c>,
/// and no <c>data: [DONE]</c>. The client reads only the data lines, as the OpenAI service names no events: the
/// chunks parse, the closing <c>{}</c> comes through as a chunk with no choices, and the connection ending without
/// <c>[DONE]</c> is an <see cref="OaiStreamException"/>, as it would be from the real service.
/// </remarks>
public static class ChatStreamContract
{
    public static async Task AssertSteadyStreamAsync(OaiStream<ChatCompletionChunk> stream)
    {
        var chunks = new List<ChatCompletionChunk>();
        var ex = await Assert.ThrowsAsync<OaiStreamException>(async () =>
        {
            await foreach (var chunk in stream)
            {
                chunks.Add(chunk);
            }
        });

        Assert.StartsWith("The stream from POST /chat/completions ended before its [DONE] event", ex.Message, StringComparison.Ordinal);
        Assert.Equal(6, chunks.Count);
        Assert.All(chunks, chunk => Assert.Equal(ObjectKind.ChatCompletionChunk, chunk.Object));
        Assert.All(chunks.Take(5), chunk =>
        {
            Assert.False(string.IsNullOrEmpty(chunk.Id), "expected each generated chunk to carry an id");
            Assert.NotEmpty(chunk.Choices);
        });

        // Steady's closing "event: done" / "data: {}": an empty chunk.
        Assert.Empty(chunks[5].Choices);
        Assert.Null(chunks[5].Usage);
        Assert.Equal("true", OaiApiException.ReadHeader(stream.ResponseHeaders, "X-Steady-Streaming"));
    }
}
