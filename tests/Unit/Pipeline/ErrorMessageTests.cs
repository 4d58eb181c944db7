using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Oai.Pipeline;
using RichardSzalay.MockHttp;

namespace Oai.UnitTests.Pipeline;

/// <summary>What an error's message says when the service's own message is missing, empty or unreadable: an excerpt
/// of what was sent, the parser's reason, and never the client's key (in the message or the inner exception).</summary>
public sealed class ErrorMessageTests
{
    private const string Key = TestClients.ApiKey;

    private static OaiClient Client(HttpResponseMessage response)
    {
        var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(_ => response);
        return TestClients.Create(mock, options => options.MaxRetries = 0);
    }

    private static HttpResponseMessage Reply(HttpStatusCode status, string body, string contentType = "application/json") =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, contentType) };

    [Fact]
    public async Task An_error_with_an_empty_message_quotes_the_body_instead()
    {
        const string Body = """{"error":{"message":"","type":"server_error","param":null,"code":null}}""";
        using var client = Client(Reply(HttpStatusCode.InternalServerError, Body));

        var ex = await Assert.ThrowsAsync<OaiApiException>(() => client.Chat.Completions.CreateAsync(TestClients.Hello()));

        Assert.Equal("HTTP 500 (InternalServerError) server_error: " + Body, ex.Message);
    }

    [Theory]
    [InlineData("""{"error":{"message":"Overloaded.","type":"server_error","code":"overloaded"}}""", "HTTP 200 (OK) server_error [overloaded]: Overloaded.")]
    [InlineData("""{"error":{"message":"","type":"server_error"}}""", """HTTP 200 (OK) server_error: {"error":{"message":"","type":"server_error"}}""")]
    [InlineData("""{"error": {"message": "Overl""", """HTTP 200 (OK): {"error": {"message": "Overl""")]
    public async Task A_stream_error_event_says_what_the_service_sent(string data, string message)
    {
        using var client = Client(Reply(HttpStatusCode.OK, $"event: error\ndata: {data}\n\n", "text/event-stream"));

        var ex = await Assert.ThrowsAsync<OaiApiException>(async () =>
        {
            await foreach (var chunk in client.Chat.Completions.CreateStreamAsync(TestClients.Hello()))
            {
                Assert.Fail($"no chunk was expected, got {chunk.Id}");
            }
        });

        Assert.Equal(message, ex.Message);
    }

    [Fact]
    public async Task An_empty_success_body_says_the_body_was_empty()
    {
        using var client = Client(Reply(HttpStatusCode.OK, string.Empty));

        var ex = await Assert.ThrowsAsync<OaiInvalidResponseException>(() => client.Chat.Completions.CreateAsync(TestClients.Hello()));

        // The parser's own words sit in the brackets; what the body held is what this test is about.
        Assert.StartsWith("The chat response could not be read: invalid JSON at $ (", ex.Message, StringComparison.Ordinal);
        Assert.EndsWith("). (empty body)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_json_error_names_where_it_happened_and_drops_the_parsers_own_path_suffix()
    {
        var inner = new JsonException(
            "The JSON value could not be converted to System.String. Path: $.id | LineNumber: 0 | BytePositionInLine: 9.", "$.id", 0, 9);

        var ex = ResponseErrors.InvalidBody("chat response", """{"id":12}""", inner, Key);

        Assert.Equal(
            """The chat response could not be read: invalid JSON at $.id (The JSON value could not be converted to System.String). Body starts: {"id":12}""",
            ex.Message);
        Assert.Same(inner, ex.InnerException);
    }

    [Fact]
    public void A_json_error_without_a_path_names_no_place()
    {
        var ex = ResponseErrors.InvalidBody("stream event", "{", new JsonException("Unexpected end of data.", string.Empty, 0, 1), Key);

        Assert.Equal("The stream event could not be read: invalid JSON (Unexpected end of data.). Body starts: {", ex.Message);
    }

    [Fact]
    public void Another_failure_is_quoted_as_the_reason()
    {
        var ex = ResponseErrors.InvalidBody("chat response", "\u001f\u008b", new InvalidDataException("The archive entry was compressed using an unsupported compression method."), Key);

        Assert.Equal(
            "The chat response could not be read: The archive entry was compressed using an unsupported compression method.. Body starts: \u001f\u008b",
            ex.Message);
    }

    [Fact]
    public void A_json_error_quoting_the_key_is_kept_as_a_json_error_with_the_key_masked()
    {
        var inner = new JsonException($"'{Key}' is an invalid start of a value.", path: null, 0, 2);

        var safe = Assert.IsType<JsonException>(ResponseErrors.SafeInner(inner, Key));

        Assert.Equal("'[redacted]' is an invalid start of a value.", safe.Message);
        Assert.Null(safe.Path);
        Assert.Equal(2, safe.BytePositionInLine);
    }

    [Fact]
    public void A_json_path_naming_the_key_is_masked_in_the_kept_json_error()
    {
        var inner = new JsonException($"The JSON value could not be converted. Path: $.{Key} | LineNumber: 0 | BytePositionInLine: 40.", $"$.{Key}", 0, 40);

        var safe = Assert.IsType<JsonException>(ResponseErrors.SafeInner(inner, Key));

        Assert.Equal("$.[redacted]", safe.Path);
    }

    [Fact]
    public void Another_inner_exception_quoting_the_key_becomes_a_copy_of_its_text_with_the_key_masked()
    {
        var inner = new InvalidOperationException($"proxy rejected {Key}");

        var safe = Assert.IsType<InvalidDataException>(ResponseErrors.SafeInner(inner, Key));

        Assert.Equal("System.InvalidOperationException: proxy rejected [redacted]", safe.Message);
    }

    [Fact]
    public void An_inner_exception_without_the_key_is_kept_as_it_is()
    {
        var inner = new InvalidOperationException("proxy rejected the call");

        Assert.Same(inner, ResponseErrors.SafeInner(inner, Key));
        Assert.Null(ResponseErrors.SafeInner(null, Key));
    }

    [Fact]
    public async Task A_body_that_breaks_off_while_quoted_is_quoted_as_empty()
    {
        var text = await ResponseErrors.ReadTextAsync(new ThrowingContent(new IOException("connection reset")), 1024, CancellationToken.None);

        Assert.Equal(string.Empty, text);
    }

    [Fact]
    public async Task A_failure_that_is_not_about_the_body_is_not_hidden()
    {
        await Assert.ThrowsAsync<NotSupportedException>(
            () => ResponseErrors.ReadTextAsync(new ThrowingContent(new NotSupportedException("a bug")), 1024, CancellationToken.None));
    }

    [Fact]
    public void A_retry_after_ms_too_long_for_a_time_span_is_no_hint()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.Add("retry-after-ms", "920000000000000");

        var ex = new OaiApiException(HttpStatusCode.TooManyRequests, null, "slow down", response.Headers);

        Assert.Null(ex.RetryAfter);
    }

    private sealed class ThrowingContent(Exception error) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => throw error;

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
