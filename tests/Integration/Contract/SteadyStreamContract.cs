using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

namespace Oai.IntegrationTests.Contract;

/// <summary>What a stream from Steady looks like through the client, for any streamed operation.</summary>
/// <remarks>
/// Steady streams only when asked with <c>Accept: text/event-stream</c> (the client always asks so for streams) and
/// frames a stream its own way: five <c>event: message</c> chunks, then <c>event: done</c> with <c>data: {}</c>,
/// and no <c>data: [DONE]</c>. The client reads only the data lines, as the OpenAI service names no events: the
/// chunks parse, the closing <c>{}</c> comes through as an empty chunk, and the connection ending without
/// <c>[DONE]</c> is an <see cref="OaiStreamException"/>, as it would be from the real service.
/// </remarks>
public static class SteadyStreamContract
{
    /// <summary>Reads the whole stream and asserts Steady's framing: five generated chunks that pass
    /// <paramref name="assertGenerated"/>, then the closing <c>{}</c> that passes <paramref name="assertClosing"/>, then
    /// the end without <c>[DONE]</c> reported for <paramref name="request"/> (<c>"POST /chat/completions"</c>).</summary>
    public static async Task AssertSteadyStreamAsync<T>(OaiStream<T> stream, string request, Action<T> assertGenerated, Action<T> assertClosing)
    {
        var chunks = await ReadUntilMissingDoneAsync(stream, request);
        Assert.Equal(6, chunks.Count);
        Assert.All(chunks.Take(5), assertGenerated);

        // Steady's closing "event: done" / "data: {}".
        assertClosing(chunks[5]);
        Assert.Equal("true", OaiApiException.ReadHeader(stream.ResponseHeaders, "X-Steady-Streaming"));
    }

    /// <summary>Reads a stream the OpenAPI description does not model (its operation declares only an
    /// <c>application/json</c> response, as <c>POST /completions</c> does) and asserts what Steady then does: it answers
    /// with one generated JSON object instead of events, so no chunk arrives and the client reports the missing
    /// <c>[DONE]</c> for <paramref name="request"/>. The request itself is still checked by the harness.</summary>
    public static async Task AssertUnmodelledStreamAsync<T>(OaiStream<T> stream, string request)
    {
        var chunks = await ReadUntilMissingDoneAsync(stream, request);
        Assert.Empty(chunks);
        Assert.Null(OaiApiException.ReadHeader(stream.ResponseHeaders, "X-Steady-Streaming"));
    }

    /// <summary>Reads every chunk, then asserts that the stream ended the way Steady ends one: without <c>[DONE]</c>.</summary>
    private static async Task<List<T>> ReadUntilMissingDoneAsync<T>(OaiStream<T> stream, string request)
    {
        var chunks = new List<T>();
        var ex = await Assert.ThrowsAsync<OaiStreamException>(async () =>
        {
            await foreach (var chunk in stream)
            {
                chunks.Add(chunk);
            }
        });

        Assert.StartsWith($"The stream from {request} ended before its [DONE] event", ex.Message, StringComparison.Ordinal);
        return chunks;
    }
}
