using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;
using Oai.UnitTests.Pipeline;
using RichardSzalay.MockHttp;

namespace Oai.UnitTests.Hardening;

/// <summary>Bodies that lie about themselves: a charset nobody knows, an error event without an error object, a
/// JSON body cut off after its headers. Each ends in the typed exception that says what happened.</summary>
public sealed class HostileBodyTests
{
    private static OaiClient Client(Func<HttpResponseMessage> respond)
    {
        var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(_ => respond());
        return TestClients.Create(mock, options => options.MaxRetries = 0);
    }

    private static HttpResponseMessage WithCharset(HttpStatusCode status, string body, string charset)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = charset };
        return new HttpResponseMessage(status) { Content = content };
    }

    private static async Task<Exception> ReadStream(OaiClient client)
    {
        return await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await foreach (var chunk in client.Chat.Completions.CreateStreamAsync(TestClients.Hello()))
            {
                Assert.Fail($"no chunk was expected, got {chunk.Id}");
            }
        });
    }

    [Fact]
    public async Task An_error_body_with_an_unknown_charset_is_still_the_api_error_it_carries()
    {
        using var client = Client(() => WithCharset(HttpStatusCode.BadRequest, """{"error":{"message":"Bad model.","type":"invalid_request_error","code":"model_not_found"}}""", "nope"));

        var ex = await Assert.ThrowsAsync<OaiApiException>(() => client.Chat.Completions.CreateAsync(TestClients.Hello()));

        Assert.Equal("HTTP 400 (BadRequest) invalid_request_error [model_not_found]: Bad model.", ex.Message);
    }

    [Fact]
    public async Task A_success_body_with_an_unknown_charset_is_read_as_the_utf8_json_it_is()
    {
        using var client = Client(() => WithCharset(HttpStatusCode.OK, TestClients.CompletionJson, "nope"));

        var completion = await client.Chat.Completions.CreateAsync(TestClients.Hello());

        Assert.Equal("Hello!", completion.Choices[0].Message.Content);
    }

    [Fact]
    public async Task An_invalid_body_with_an_unknown_charset_is_an_invalid_response_quoting_it()
    {
        using var client = Client(() => WithCharset(HttpStatusCode.OK, "{not json", "nope"));

        var ex = await Assert.ThrowsAsync<OaiInvalidResponseException>(() => client.Chat.Completions.CreateAsync(TestClients.Hello()));

        Assert.StartsWith("The chat response could not be read: invalid JSON", ex.Message, StringComparison.Ordinal);
        Assert.EndsWith("Body starts: {not json", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"message":"Too busy.","type":"server_error","code":"overloaded"}""", "HTTP 200 (OK) server_error [overloaded]: Too busy.")]
    [InlineData("""{"type":"error","sequence_number":3}""", """HTTP 200 (OK) error: {"type":"error","sequence_number":3}""")]
    [InlineData("the upstream went away", "HTTP 200 (OK): the upstream went away")]
    [InlineData("", "HTTP 200 (OK): (an error event with no data)")]
    public async Task An_error_event_without_an_error_object_is_an_api_error_carrying_what_was_sent(string data, string message)
    {
        var body = $"event: error\ndata: {data}\n\n";
        using var client = Client(() => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "text/event-stream") });

        var ex = Assert.IsType<OaiApiException>(await ReadStream(client));

        Assert.Equal(message, ex.Message);
    }

    [Fact]
    public async Task A_json_body_cut_off_after_its_headers_says_the_body_broke_off_not_that_no_response_came()
    {
        var bytes = Encoding.UTF8.GetBytes(TestClients.CompletionJson);
        using var client = Client(() => new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StreamContent(new TrickleStream(bytes[..40], 16, failAtEnd: true)),
        });

        var ex = await Assert.ThrowsAsync<OaiConnectionException>(() => client.Chat.Completions.CreateAsync(TestClients.Hello()));

        Assert.Equal("The response to POST /v1/chat/completions (HTTP 200) broke off while its body was read: The response ended prematurely.", ex.Message);
        Assert.IsType<IOException>(ex.InnerException?.InnerException ?? ex.InnerException);
    }

    private static OaiClient Bytes(byte[] body)
    {
        return Client(() =>
        {
            var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
        });
    }

    private static byte[] WithBytes(string json, string marker, params byte[] bytes)
    {
        var text = Encoding.UTF8.GetBytes(json);
        var at = text.AsSpan().IndexOf(Encoding.UTF8.GetBytes(marker));
        return [.. text[..at], .. bytes, .. text[(at + marker.Length)..]];
    }

    [Fact]
    public async Task Invalid_utf8_in_a_field_nobody_models_is_an_invalid_response_not_a_later_invalid_operation()
    {
        var body = WithBytes("""{"id":"file-1","object":"file","bytes":1,"created_at":1,"filename":"a","purpose":"fine-tune","extra":"#"}""", "#", 0xFF);
        using var client = Bytes(body);

        var ex = await Assert.ThrowsAsync<OaiInvalidResponseException>(() => client.Files.RetrieveAsync("file-1"));

        Assert.StartsWith("The files.retrieve response could not be read: invalid JSON at $.extra (A string holds invalid UTF-8.)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_utf8_in_a_fine_tuning_events_free_form_data_is_an_invalid_response()
    {
        var body = WithBytes(
            """{"object":"list","data":[{"object":"fine_tuning.job.event","id":"ftevent-1","created_at":1,"level":"info","message":"m","data":{"x":"#"},"type":"message"}],"has_more":false}""",
            "#",
            0xE2,
            0x82);
        using var client = Bytes(body);

        await Assert.ThrowsAsync<OaiInvalidResponseException>(async () =>
        {
            await foreach (var item in client.FineTuning.Jobs.ListEventsAsync("ftjob-1"))
            {
                Assert.Fail($"no event should be read from an undecodable page: {item}");
            }
        });
    }

    [Fact]
    public async Task A_lone_surrogate_escape_in_a_field_nobody_models_is_an_invalid_response()
    {
        using var client = Bytes(Encoding.UTF8.GetBytes("""{"id":"file-1","object":"file","bytes":1,"created_at":1,"filename":"a","purpose":"fine-tune","extra":"\ud800"}"""));

        await Assert.ThrowsAsync<OaiInvalidResponseException>(() => client.Files.RetrieveAsync("file-1"));
    }

    [Fact]
    public async Task Escaped_and_multibyte_text_in_a_field_nobody_models_is_kept_and_reads_back()
    {
        using var client = Bytes(Encoding.UTF8.GetBytes("""{"id":"file-1","object":"file","bytes":1,"created_at":1,"filename":"a","purpose":"fine-tune","extra":{"k\u00e9":"w\u00f6rld ✓ \ud83d\ude00"}}"""));

        var file = await client.Files.RetrieveAsync("file-1");

        Assert.Equal("wörld ✓ 😀", file.AdditionalProperties!["extra"].GetProperty("ké").GetString());
    }
}
