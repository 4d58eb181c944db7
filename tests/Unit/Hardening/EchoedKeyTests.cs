using System;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Oai.UnitTests.Pipeline;
using Oai.UnitTests.Telemetry;
using RichardSzalay.MockHttp;

namespace Oai.UnitTests.Hardening;

/// <summary>A service or proxy that echoes the API key in any field or header: the key reaches no message, no
/// <c>ToString()</c>, no span; every quoted server value is bounded; <c>error.type</c> stays low-cardinality.</summary>
[Collection("Telemetry")]
public sealed class EchoedKeyTests
{
    /// <summary>A key that looks like no OpenAI key, so only knowing the client's own key can mask it.</summary>
    private const string PlainKey = "gateway-Q7x9Lm4Pz2Kd";

    private static OaiClient Client(string key, HttpStatusCode status, string contentType, string body, params (string Name, string Value)[] headers)
    {
        var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(_ =>
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, contentType) };
            foreach (var (name, value) in headers)
            {
                response.Headers.TryAddWithoutValidation(name, value);
            }

            return response;
        });
        return TestClients.Create(mock, options =>
        {
            options.ApiKey = key;
            options.MaxRetries = 0;
        });
    }

    /// <summary>Everything a user or a backend would see of a failed call.</summary>
    private static string Seen(Exception ex, Activity span)
    {
        var text = new StringBuilder().AppendLine(ex.ToString()).AppendLine(span.StatusDescription);
        if (ex is OaiApiException api)
        {
            text.AppendLine(api.Error?.ToString()).AppendLine(api.RequestId).AppendLine(api.ErrorType).AppendLine(api.Code).AppendLine(api.Param).AppendLine(api.ApiMessage);
        }

        foreach (var tag in span.TagObjects)
        {
            text.AppendLine($"{tag.Key}={tag.Value}");
        }

        foreach (var tag in span.Events.SelectMany(e => e.Tags))
        {
            text.AppendLine($"{tag.Key}={tag.Value}");
        }

        return text.ToString();
    }

    [Theory]
    [InlineData(TestClients.ApiKey)]
    [InlineData(PlainKey)]
    public async Task A_key_echoed_in_every_error_field_and_the_request_id_is_masked_everywhere(string key)
    {
        using var capture = new TelemetryCapture();
        var body = $$$"""{"error":{"message":"bad key {{{key}}}","type":"{{{key}}}","code":"{{{key}}}","param":"{{{key}}}","extra":"{{{key}}}"}}""";
        using var client = Client(key, HttpStatusCode.Unauthorized, "application/json", body, ("x-request-id", $"req_{key}"));

        var ex = await Assert.ThrowsAsync<OaiApiException>(() => client.Chat.Completions.CreateAsync(TestClients.Hello("echo-" + key[..4])));

        var seen = Seen(ex, capture.Span("echo-" + key[..4]));
        Assert.DoesNotContain(key, seen, StringComparison.Ordinal);
        Assert.Equal("HTTP 401 (Unauthorized) [redacted] [[redacted]]: bad key [redacted] (request id req_[redacted])", ex.Message);
        Assert.Equal("req_[redacted]", ex.RequestId);
        Assert.Equal("401", capture.Span("echo-" + key[..4]).GetTagItem("error.type"));
    }

    [Fact]
    public async Task A_key_echoed_in_a_stream_error_event_is_masked_and_error_type_is_not_the_echoed_value()
    {
        using var capture = new TelemetryCapture();
        var stream = $$$"""data: {"error":{"message":"no","type":"{{{PlainKey}}}","code":"{{{PlainKey}}}"}}""" + "\n\n";
        using var client = Client(PlainKey, HttpStatusCode.OK, "text/event-stream", stream, ("x-request-id", PlainKey));

        var ex = await Assert.ThrowsAsync<OaiApiException>(async () =>
        {
            await foreach (var chunk in client.Chat.Completions.CreateStreamAsync(TestClients.Hello("echo-stream")))
            {
                Assert.Fail($"an error event is not a chunk: {chunk.Id}");
            }
        });

        var span = capture.Span("echo-stream");
        Assert.DoesNotContain(PlainKey, Seen(ex, span), StringComparison.Ordinal);
        Assert.Equal("_OTHER", span.GetTagItem("error.type"));
    }

    [Fact]
    public async Task A_known_service_error_type_in_a_stream_error_event_is_the_error_type()
    {
        using var capture = new TelemetryCapture();
        using var client = Client(PlainKey, HttpStatusCode.OK, "text/event-stream", """data: {"error":{"message":"overloaded","type":"server_error"}}""" + "\n\n");

        await Assert.ThrowsAsync<OaiApiException>(async () =>
        {
            await foreach (var chunk in client.Chat.Completions.CreateStreamAsync(TestClients.Hello("known-stream-error")))
            {
                Assert.Fail($"an error event is not a chunk: {chunk.Id}");
            }
        });

        Assert.Equal("server_error", capture.Span("known-stream-error").GetTagItem("error.type"));
    }

    [Fact]
    public async Task A_key_in_a_json_property_name_of_an_invalid_body_is_masked_in_the_message_and_the_inner_exception()
    {
        using var capture = new TelemetryCapture();
        var body = $$$"""{"id":"c1","choices":{"{{{PlainKey}}}":[1,,2]} }""";
        using var client = Client(PlainKey, HttpStatusCode.OK, "application/json", body);

        var ex = await Assert.ThrowsAsync<OaiInvalidResponseException>(() => client.Chat.Completions.CreateAsync(TestClients.Hello("echo-json")));

        Assert.DoesNotContain(PlainKey, Seen(ex, capture.Span("echo-json")), StringComparison.Ordinal);
        Assert.IsType<System.Text.Json.JsonException>(ex.InnerException);
    }

    [Fact]
    public async Task A_megabyte_request_id_and_long_error_fields_give_a_bounded_message()
    {
        using var capture = new TelemetryCapture();
        var huge = new string('c', 1024 * 1024);

        // The error body is read up to 64 KiB; these fields fill most of it.
        var long30k = new string('c', 30_000);
        var body = $$$"""{"error":{"message":"{{{long30k}}}","type":"invalid_request_error","code":"{{{long30k}}}"}}""";
        using var client = Client(PlainKey, HttpStatusCode.BadRequest, "application/json", body, ("x-request-id", huge));

        var ex = await Assert.ThrowsAsync<OaiApiException>(() => client.Chat.Completions.CreateAsync(TestClients.Hello("huge-values")));

        var quoted = new string('c', 256) + "...";
        Assert.Equal(
            $"HTTP 400 (BadRequest) invalid_request_error [{quoted}]: {new string('c', 1024)}... (request id {quoted})",
            ex.Message);
        Assert.Equal(30_000, ex.Code!.Length);
        Assert.Equal(huge.Length, ex.RequestId!.Length);
        Assert.True(capture.Span("huge-values").StatusDescription!.Length < 1024, "the span status quotes each server value cut to 256 characters");
    }

    [Fact]
    public async Task A_key_echoed_in_a_successful_response_reaches_no_span_attribute_no_captured_content_and_no_metric()
    {
        using var capture = new TelemetryCapture();
        var body = $$$"""
            {"id":"{{{PlainKey}}}","object":"chat.completion","created":1,"model":"m-{{{PlainKey}}}","system_fingerprint":"{{{PlainKey}}}","service_tier":"{{{PlainKey}}}",
             "choices":[{"index":0,"message":{"role":"assistant","content":"your key is {{{PlainKey}}}"},"finish_reason":"{{{PlainKey}}}"}]}
            """;
        using var client = Client(PlainKey, HttpStatusCode.OK, "application/json", body);

        var completion = await client.Chat.Completions.CreateAsync(TestClients.Hello("echo-success"));

        Assert.Equal($"your key is {PlainKey}", completion.Choices[0].Message.Content);
        var span = capture.Span("echo-success");
        foreach (var tag in span.TagObjects)
        {
            var value = tag.Value is string[] many ? string.Join(",", many) : tag.Value?.ToString();
            Assert.DoesNotContain(PlainKey, value ?? string.Empty, StringComparison.Ordinal);
        }

        Assert.Equal("[redacted]", span.GetTagItem("gen_ai.response.id"));
        Assert.Equal("m-[redacted]", span.GetTagItem("gen_ai.response.model"));
        var point = Assert.Single(capture.Points("gen_ai.client.operation.duration", "echo-success"));
        Assert.Equal("m-[redacted]", TelemetryCapture.Tags(point)["gen_ai.response.model"]);
    }

    [Fact]
    public async Task A_key_echoed_in_captured_output_content_is_masked_and_the_content_stays_valid_json()
    {
        using var capture = new TelemetryCapture();
        var body = $$$"""
            {"id":"c1","object":"chat.completion","created":1,"model":"m",
             "choices":[{"index":0,"message":{"role":"assistant","content":"your key is {{{PlainKey}}}"},"finish_reason":"stop"}]}
            """;
        var mock = new MockHttpMessageHandler();
        mock.When("*").Respond("application/json", body);
        using var capturing = TestClients.Create(mock, options =>
        {
            options.ApiKey = PlainKey;
            options.ContentCapture = ContentCaptureMode.SpanAttributes;
        });

        await capturing.Chat.Completions.CreateAsync(TestClients.Hello("echo-content"));

        var output = (string)capture.Span("echo-content").GetTagItem("gen_ai.output.messages")!;
        Assert.DoesNotContain(PlainKey, output, StringComparison.Ordinal);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        Assert.Equal("your key is [redacted]", json.RootElement[0].GetProperty("parts")[0].GetProperty("content").GetString());
    }

    [Fact]
    public async Task A_key_that_is_no_sk_key_after_a_long_run_of_spaces_is_not_quoted_in_part()
    {
        using var capture = new TelemetryCapture();
        var body = new string(' ', 270) + PlainKey + " and more text that is not JSON";
        using var client = Client(PlainKey, HttpStatusCode.OK, "application/json", body);

        var ex = await Assert.ThrowsAsync<OaiInvalidResponseException>(() => client.Chat.Completions.CreateAsync(TestClients.Hello("echo-spaces")));

        Assert.DoesNotContain(PlainKey[..6], Seen(ex, capture.Span("echo-spaces")), StringComparison.Ordinal);
        Assert.EndsWith("Body starts: [redacted] and more text that is not JSON", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_excerpt_of_many_keys_never_ends_in_part_of_one()
    {
        var quoted = Oai.Pipeline.ResponseErrors.Excerpt("xxxxxxxxx" + string.Concat(Enumerable.Repeat(PlainKey, 14)) + " tail", PlainKey);

        Assert.DoesNotContain(PlainKey[..4], quoted, StringComparison.Ordinal);
        Assert.Equal("xxxxxxxxx" + string.Concat(Enumerable.Repeat("[redacted]", 14)) + " tail", quoted);
    }

    [Fact]
    public async Task A_key_echoed_as_the_content_type_of_a_stream_answered_with_no_event_stream_is_masked()
    {
        using var capture = new TelemetryCapture();
        var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(_ =>
        {
            var content = new ByteArrayContent(Encoding.UTF8.GetBytes("{}"));
            content.Headers.TryAddWithoutValidation("Content-Type", $"{PlainKey}/json");
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
        });
        using var client = TestClients.Create(mock, options => options.ApiKey = PlainKey);

        var ex = await Assert.ThrowsAsync<OaiStreamException>(async () =>
        {
            await foreach (var chunk in client.Chat.Completions.CreateStreamAsync(TestClients.Hello("echo-media-type")))
            {
                Assert.Fail($"no chunk was expected, got {chunk.Id}");
            }
        });

        Assert.DoesNotContain(PlainKey, Seen(ex, capture.Span("echo-media-type")), StringComparison.Ordinal);
        Assert.Contains("the response was [redacted]/json, not an event stream", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_in_an_unmodelled_field_of_an_error_event_is_masked_in_the_error_record()
    {
        var stream = $$$"""event: error{{{"\n"}}}data: {"error":{"message":"bad","echo":"{{{PlainKey}}}"}}""" + "\n\n";
        using var client = Client(PlainKey, HttpStatusCode.OK, "text/event-stream", stream);

        var ex = await Assert.ThrowsAsync<OaiApiException>(async () =>
        {
            await foreach (var chunk in client.Chat.Completions.CreateStreamAsync(TestClients.Hello()))
            {
                Assert.Fail($"an error event is not a chunk: {chunk.Id}");
            }
        });

        Assert.Equal("[redacted]", ex.Error!.AdditionalProperties!["echo"].GetString());
    }

    [Fact]
    public async Task A_json_escaped_key_in_an_error_body_is_masked_in_the_message_and_in_unmodelled_fields()
    {
        var escaped = PlainKey.Replace("-", "\\u002d", StringComparison.Ordinal);
        var body = $$$"""{"error":{"type":"invalid_request_error","echo":"{{{escaped}}}","nested":{"k":["{{{escaped}}}"]} } }""";
        using var client = Client(PlainKey, HttpStatusCode.BadRequest, "application/json", body);

        var ex = await Assert.ThrowsAsync<OaiApiException>(() => client.Chat.Completions.CreateAsync(TestClients.Hello()));

        Assert.DoesNotContain(PlainKey, ex.ToString(), StringComparison.Ordinal);
        Assert.Equal("[redacted]", ex.Error!.AdditionalProperties!["echo"].GetString());
        Assert.Equal("[redacted]", ex.Error.AdditionalProperties["nested"].GetProperty("k")[0].GetString());
        Assert.Contains("[redacted]", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_megabyte_model_name_reaches_spans_and_metrics_cut_to_a_bounded_length()
    {
        using var capture = new TelemetryCapture();
        var model = new string('m', 1024 * 1024);
        var body = $$$"""{"id":"c1","object":"chat.completion","created":1,"model":"{{{model}}}","choices":[]}""";
        using var client = Client(PlainKey, HttpStatusCode.OK, "application/json", body);

        await client.Chat.Completions.CreateAsync(TestClients.Hello("huge-model"));

        Assert.Equal(new string('m', 256) + "...", capture.Span("huge-model").GetTagItem("gen_ai.response.model"));
        var point = Assert.Single(capture.Points("gen_ai.client.operation.duration", "huge-model"));
        Assert.Equal(new string('m', 256) + "...", TelemetryCapture.Tags(point)["gen_ai.response.model"]);
    }
}
