using System;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Oai.Chat;
using Oai.UnitTests.Pipeline;
using Oai.UnitTests.TestSupport;
using RichardSzalay.MockHttp;

namespace Oai.UnitTests.Telemetry;

/// <summary>Every chat span attribute, exact in value and type, for recorded real traffic.</summary>
[Collection("Telemetry")]
public sealed class ChatSpanTests
{
    internal static OaiClient Replay(string contentType, string body, HttpStatusCode status = HttpStatusCode.OK, Action<OaiClientOptions>? configure = null)
    {
        var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(_ => new HttpResponseMessage(status) { Content = new StringContent(body, System.Text.Encoding.UTF8, contentType) });
        return TestClients.Create(mock, configure);
    }

    internal static string RecordedBody(string folder, string file) =>
        Recording.LoadEntries("openai-dotnet", folder, file)[0].BodyJson;

    [Fact]
    public async Task A_whole_chat_call_has_every_request_and_response_attribute()
    {
        using var capture = new TelemetryCapture();
        using var client = Replay("application/json", RecordedBody("ChatTests", "HelloWorldChat.json"));
        var request = new ChatCompletionRequest
        {
            Model = "trace-whole",
            Messages = [ChatMessage.User("Hello, world!")],
            MaxCompletionTokens = 50,
            Temperature = 0.2,
            TopP = 0.9,
            FrequencyPenalty = 0.1,
            PresencePenalty = 0.3,
            Seed = 42,
            Stop = ["END", "STOP"],
            N = 2,
            ResponseFormat = ChatResponseFormat.JsonObject,
            ServiceTier = ServiceTier.Default,
        };

        await client.Chat.Completions.CreateAsync(request);

        var span = capture.Span("trace-whole");
        Assert.Equal("chat trace-whole", span.DisplayName);
        Assert.Equal(ActivityKind.Client, span.Kind);
        Assert.Equal(ActivityStatusCode.Unset, span.Status);
        Assert.Equal("Oai.Client", span.Source.Name);
        Assert.Equal("https://opentelemetry.io/schemas/1.41.0", span.Source.TelemetrySchemaUrl);
        var tags = TelemetryCapture.Tags(span);
        Assert.Equal("chat", tags["gen_ai.operation.name"]);
        Assert.Equal("openai", tags["gen_ai.provider.name"]);
        Assert.Equal("api.test.local", tags["server.address"]);
        Assert.Equal(443, Assert.IsType<int>(tags["server.port"]));
        Assert.Equal(50, Assert.IsType<int>(tags["gen_ai.request.max_tokens"]));
        Assert.Equal(0.2, Assert.IsType<double>(tags["gen_ai.request.temperature"]));
        Assert.Equal(0.9, Assert.IsType<double>(tags["gen_ai.request.top_p"]));
        Assert.Equal(0.1, Assert.IsType<double>(tags["gen_ai.request.frequency_penalty"]));
        Assert.Equal(0.3, Assert.IsType<double>(tags["gen_ai.request.presence_penalty"]));
        Assert.Equal(42L, Assert.IsType<long>(tags["gen_ai.request.seed"]));
        Assert.Equal(["END", "STOP"], Assert.IsType<string[]>(tags["gen_ai.request.stop_sequences"]));
        Assert.Equal(2, Assert.IsType<int>(tags["gen_ai.request.choice.count"]));
        Assert.Equal("json", tags["gen_ai.output.type"]);
        Assert.Equal("default", tags["openai.request.service_tier"]);
        Assert.Equal("chat_completions", tags["openai.api.type"]);
        Assert.Equal("chatcmpl-D8dUjRkJNE7oAraZr6I7Jy8l3f2eU", tags["gen_ai.response.id"]);
        Assert.Equal("gpt-4o-mini-2024-07-18", tags["gen_ai.response.model"]);
        Assert.Equal(["stop"], Assert.IsType<string[]>(tags["gen_ai.response.finish_reasons"]));
        Assert.Equal(11L, Assert.IsType<long>(tags["gen_ai.usage.input_tokens"]));
        Assert.Equal(9L, Assert.IsType<long>(tags["gen_ai.usage.output_tokens"]));
        Assert.Equal(0L, Assert.IsType<long>(tags["gen_ai.usage.cache_read.input_tokens"]));
        Assert.Equal(0L, Assert.IsType<long>(tags["gen_ai.usage.reasoning.output_tokens"]));
        Assert.Equal("default", tags["openai.response.service_tier"]);
        Assert.Equal("Sanitized", tags["openai.response.system_fingerprint"]);
        Assert.False(tags.ContainsKey("gen_ai.request.stream"), "a whole call is not a stream");
        Assert.False(tags.ContainsKey("gen_ai.response.time_to_first_chunk"), "no chunks in a whole call");
        Assert.False(tags.ContainsKey("error.type"), "a success has no error.type");
        Assert.False(tags.ContainsKey("gen_ai.input.messages"), "content capture is off by default");
    }

    [Fact]
    public async Task A_streamed_chat_call_has_every_attribute_and_its_time_to_first_chunk()
    {
        using var capture = new TelemetryCapture();
        using var client = Replay("text/event-stream", SharedFiles.ReadRecording("openai-python", "chat-stream-text.sse"));
        var request = new ChatCompletionRequest { Model = "trace-stream", Messages = [ChatMessage.User("Weather?")], Temperature = 0.0 };

        var chunks = 0;
        await foreach (var _ in client.Chat.Completions.CreateStreamAsync(request))
        {
            chunks++;
        }

        Assert.Equal(17, chunks);
        var span = capture.Span("trace-stream");
        Assert.Equal("chat trace-stream", span.DisplayName);
        Assert.Equal(ActivityStatusCode.Unset, span.Status);
        var tags = TelemetryCapture.Tags(span);
        Assert.True(Assert.IsType<bool>(tags["gen_ai.request.stream"]));
        Assert.Equal(0.0, Assert.IsType<double>(tags["gen_ai.request.temperature"]));
        Assert.Equal("chatcmpl-ABfw1e5abtU8OwGr15vOreYVb2MiF", tags["gen_ai.response.id"]);
        Assert.Equal("gpt-4o-2024-08-06", tags["gen_ai.response.model"]);
        Assert.Equal(["stop"], Assert.IsType<string[]>(tags["gen_ai.response.finish_reasons"]));
        Assert.Equal(79L, tags["gen_ai.usage.input_tokens"]);
        Assert.Equal(14L, tags["gen_ai.usage.output_tokens"]);
        Assert.Equal(0L, tags["gen_ai.usage.reasoning.output_tokens"]);
        Assert.False(tags.ContainsKey("gen_ai.usage.cache_read.input_tokens"), "the 2024 stream reported no cached tokens: none is made up");
        Assert.Equal("fp_5050236cbd", tags["openai.response.system_fingerprint"]);
        var ttfc = Assert.IsType<double>(tags["gen_ai.response.time_to_first_chunk"]);
        Assert.InRange(ttfc, 0.0, span.Duration.TotalSeconds);
        Assert.False(tags.ContainsKey("openai.request.service_tier"), "not set in the request");
    }

    [Fact]
    public async Task Per_call_span_name_suffix_and_attributes_are_applied_and_nothing_goes_to_baggage()
    {
        using var capture = new TelemetryCapture();
        using var client = Replay("application/json", RecordedBody("ChatTests", "HelloWorldChat.json"));
        var options = new RequestOptions { SpanNameSuffix = "summarise" };
        options.SpanAttributes["app.feature"] = "digest";
        options.SpanAttributes["app.prompt_id"] = 7;

        await client.Chat.Completions.CreateAsync(new ChatCompletionRequest { Model = "trace-custom", Messages = [ChatMessage.User("hi")] }, options);

        var span = capture.Span("trace-custom");
        Assert.Equal("chat trace-custom summarise", span.DisplayName);
        Assert.Equal("digest", span.GetTagItem("app.feature"));
        Assert.Equal(7, span.GetTagItem("app.prompt_id"));
        Assert.Empty(span.Baggage);
    }

    [Fact]
    public async Task An_azure_endpoint_is_reported_as_azure_without_openai_attributes()
    {
        using var capture = new TelemetryCapture();
        using var client = Replay(
            "application/json",
            RecordedBody("ChatTests", "HelloWorldChat.json"),
            configure: o => o.BaseUrl = new Uri("https://my-resource.openai.azure.com/openai/v1/"));

        await client.Chat.Completions.CreateAsync(new ChatCompletionRequest { Model = "trace-azure", Messages = [ChatMessage.User("hi")], ServiceTier = ServiceTier.Default });

        var tags = TelemetryCapture.Tags(capture.Span("trace-azure"));
        Assert.Equal("azure.ai.openai", tags["gen_ai.provider.name"]);
        Assert.Equal("my-resource.openai.azure.com", tags["server.address"]);
        Assert.DoesNotContain(tags.Keys, key => key.StartsWith("openai.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_api_error_sets_error_status_type_and_one_exception_event_without_the_key_or_prompt()
    {
        using var capture = new TelemetryCapture();
        using var client = Replay(
            "application/json",
            """{"error":{"message":"Incorrect API key provided: sk-test-0123************mnop. Prompt was: my secret prompt","type":"invalid_request_error","param":null,"code":"invalid_api_key"}}""",
            HttpStatusCode.Unauthorized);

        await Assert.ThrowsAsync<OaiApiException>(() => client.Chat.Completions.CreateAsync(
            new ChatCompletionRequest { Model = "trace-error", Messages = [ChatMessage.User("my secret prompt")] }));

        var span = capture.Span("trace-error");
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal("401", span.GetTagItem("error.type"));
        var exception = Assert.Single(span.Events, e => e.Name == "exception");
        var message = (string)exception.Tags.Single(t => t.Key == "exception.message").Value!;
        Assert.Equal("HTTP 401 invalid_request_error invalid_api_key", message);
        Assert.Equal("Oai.OaiApiException", exception.Tags.Single(t => t.Key == "exception.type").Value);
        var everything = string.Join("|", span.TagObjects.Select(t => $"{t.Key}={t.Value}"))
            + string.Join("|", span.Events.SelectMany(e => e.Tags).Select(t => $"{t.Key}={t.Value}"))
            + span.StatusDescription;
        Assert.DoesNotContain(TestClients.ApiKey, everything, StringComparison.Ordinal);
        Assert.DoesNotContain("sk-test", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("secret prompt", everything, StringComparison.Ordinal);
    }
}
