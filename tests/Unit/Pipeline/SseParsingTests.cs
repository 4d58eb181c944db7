using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Oai.Chat;
using RichardSzalay.MockHttp;

namespace Oai.UnitTests.Pipeline;

public sealed class SseParsingTests
{
    private const string Chunk1 = """{"id":"c1","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"role":"assistant","content":"Héllo"},"finish_reason":null}]}""";
    private const string Chunk2 = """{"id":"c1","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"content":" wörld ✓"},"finish_reason":"stop"}]}""";

    private static async Task<List<ChatCompletionChunk>> Read(string body, int bytesPerRead = 4096, bool failAtEnd = false)
    {
        var trickle = new TrickleStream(Encoding.UTF8.GetBytes(body), bytesPerRead, failAtEnd);
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(trickle) });
        using var client = TestClients.Create(mock);
        var chunks = new List<ChatCompletionChunk>();
        try
        {
            await foreach (var chunk in client.Chat.Completions.CreateStreamAsync(TestClients.Hello()))
            {
                chunks.Add(chunk);
            }
        }
        finally
        {
            Assert.True(trickle.Disposed, "the response stream must be disposed whatever happens");
        }

        return chunks;
    }

    private static string Text(List<ChatCompletionChunk> chunks)
    {
        var text = new StringBuilder();
        foreach (var chunk in chunks)
        {
            foreach (var choice in chunk.Choices)
            {
                text.Append(choice.Delta.Content);
            }
        }

        return text.ToString();
    }

    [Fact]
    public async Task Reads_events_to_done()
    {
        var chunks = await Read($"data: {Chunk1}\n\ndata: {Chunk2}\n\ndata: [DONE]\n\n");

        Assert.Equal(2, chunks.Count);
        Assert.Equal("Héllo wörld ✓", Text(chunks));
    }

    [Fact]
    public async Task Handles_crlf_line_endings()
    {
        var chunks = await Read($"data: {Chunk1}\r\n\r\ndata: {Chunk2}\r\n\r\ndata: [DONE]\r\n\r\n");

        Assert.Equal("Héllo wörld ✓", Text(chunks));
    }

    [Fact]
    public async Task Joins_multi_line_data()
    {
        var split = Chunk1.Replace(",\"model\"", "\ndata: ,\"model\"", StringComparison.Ordinal);

        var chunks = await Read($"data: {split}\n\ndata: [DONE]\n\n");

        Assert.Equal("Héllo", Text(chunks));
    }

    [Fact]
    public async Task Skips_comments_and_empty_events()
    {
        var chunks = await Read($": keep-alive\n\ndata:\n\ndata: {Chunk1}\n\n: OPENROUTER PROCESSING\n\ndata: {Chunk2}\n\ndata: [DONE]\n\n");

        Assert.Equal(2, chunks.Count);
    }

    [Fact]
    public async Task Keeps_a_utf8_character_split_across_reads()
    {
        var chunks = await Read($"data: {Chunk1}\n\ndata: {Chunk2}\n\ndata: [DONE]\n\n", bytesPerRead: 1);

        Assert.Equal("Héllo wörld ✓", Text(chunks));
    }

    [Fact]
    public async Task A_stream_without_done_is_an_error_not_a_quiet_end()
    {
        var ex = await Assert.ThrowsAsync<OaiStreamException>(() => Read($"data: {Chunk1}\n\n"));

        Assert.Equal("The stream from POST /v1/chat/completions ended before its [DONE] event: the connection closed early.", ex.Message);
    }

    [Fact]
    public async Task A_plain_json_answer_to_a_stream_request_says_so()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond("application/json", TestClients.CompletionJson);
        using var client = TestClients.Create(mock);

        var ex = await Assert.ThrowsAsync<OaiStreamException>(async () =>
        {
            await foreach (var _ in client.Chat.Completions.CreateStreamAsync(TestClients.Hello()))
            {
            }
        });

        Assert.Equal(
            "The stream from POST /v1/chat/completions ended before its [DONE] event: the response was application/json, not an event stream (does the server stream this endpoint?).",
            ex.Message);
    }

    [Fact]
    public async Task A_connection_dropped_mid_stream_is_a_stream_exception()
    {
        var ex = await Assert.ThrowsAsync<OaiStreamException>(() => Read($"data: {Chunk1}\n\ndata: {{\"id\"", failAtEnd: true));

        Assert.StartsWith("The stream from POST /v1/chat/completions broke off before its [DONE] event:", ex.Message, StringComparison.Ordinal);
        Assert.IsType<System.IO.IOException>(ex.InnerException);
    }

    [Fact]
    public async Task An_error_event_throws_the_api_exception_an_http_error_would()
    {
        var ex = await Assert.ThrowsAsync<OaiApiException>(() => Read(
            $"data: {Chunk1}\n\ndata: {{\"error\":{{\"message\":\"The server had an error\",\"type\":\"server_error\",\"param\":null,\"code\":\"internal\"}}}}\n\n"));

        Assert.Equal("server_error", ex.ErrorType);
        Assert.Equal("internal", ex.Code);
        Assert.Equal("The server had an error", ex.ApiMessage);
    }

    [Fact]
    public async Task A_malformed_data_line_is_an_invalid_response_naming_it()
    {
        var ex = await Assert.ThrowsAsync<OaiInvalidResponseException>(() => Read($"data: {Chunk1}\n\ndata: {{not json\n\ndata: [DONE]\n\n"));

        Assert.StartsWith("The stream event could not be read: invalid JSON", ex.Message, StringComparison.Ordinal);
        Assert.EndsWith("Body starts: {not json", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_http_error_surfaces_on_the_first_move_next()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(HttpStatusCode.BadRequest, "application/json", """{"error":{"message":"bad","type":"invalid_request_error","param":"model","code":null}}""");
        using var client = TestClients.Create(mock);

        var stream = client.Chat.Completions.CreateStreamAsync(TestClients.Hello());
        Assert.Null(stream.ResponseHeaders);
        var enumerator = stream.GetAsyncEnumerator();
        var ex = await Assert.ThrowsAsync<OaiApiException>(async () => await enumerator.MoveNextAsync());
        await enumerator.DisposeAsync();

        Assert.Equal("model", ex.Param);
    }

    [Fact]
    public async Task Exposes_headers_and_request_id_once_enumeration_started()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(_ =>
        {
            var response = Recorder.Sse($"data: {Chunk1}\n\ndata: [DONE]\n\n");
            response.Headers.Add("x-request-id", "req_stream_1");
            return response;
        });
        using var client = TestClients.Create(mock);

        var stream = client.Chat.Completions.CreateStreamAsync(TestClients.Hello());
        await foreach (var _ in stream)
        {
            Assert.Equal("req_stream_1", stream.RequestId);
        }

        Assert.Throws<InvalidOperationException>(() => stream.GetAsyncEnumerator());
    }

    [Fact]
    public async Task Breaking_out_early_disposes_the_response()
    {
        var trickle = new TrickleStream(Encoding.UTF8.GetBytes($"data: {Chunk1}\n\ndata: {Chunk2}\n\ndata: [DONE]\n\n"), 8);
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(trickle) });
        using var client = TestClients.Create(mock);

        await foreach (var _ in client.Chat.Completions.CreateStreamAsync(TestClients.Hello()))
        {
            break;
        }

        Assert.True(trickle.Disposed, "breaking out must close the response");
    }
}
