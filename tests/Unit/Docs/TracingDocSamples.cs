using System;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Oai.Chat;
using Oai.UnitTests.Pipeline;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using RichardSzalay.MockHttp;

namespace Oai.UnitTests.Docs;

/// <summary>The code quoted in docs/tracing.md, compiled and run here.</summary>
[Collection("Telemetry")]
public sealed class TracingDocSamples
{
    [Fact]
    public async Task SwitchOn()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond("application/json", TestClients.CompletionJson);

        // docs:begin setup
        using var tracing = Sdk.CreateTracerProviderBuilder()
            .AddSource("Oai.Client")                // every span of this library
            .AddHttpClientInstrumentation()         // optional: one child span per HTTP attempt
            .AddConsoleExporter()
            .AddOtlpExporter(o => o.Endpoint = new Uri("http://localhost:4317"))
            .Build();
        using var metrics = Sdk.CreateMeterProviderBuilder()
            .AddMeter("Oai.Client")                 // duration, token usage, time to first chunk, time per chunk
            .AddOtlpExporter(o => o.Endpoint = new Uri("http://localhost:4317"))
            .Build();
        // docs:end

        using var client = TestClients.Create(mock);

        // docs:begin per-call
        var options = new RequestOptions { SpanNameSuffix = "summarise" };
        options.SpanAttributes["app.feature"] = "digest";
        options.SpanAttributes["app.prompt_id"] = "summary-v3";
        var reply = await client.Chat.Completions.CreateAsync(
            new ChatCompletionRequest { Model = "gpt-4o-mini", Messages = [ChatMessage.User("Summarise this.")] }, options);
        // docs:end

        Assert.Equal("chatcmpl-1", reply.Id);
    }

    [Fact]
    public void Events()
    {
        // docs:begin events
        using var loggerFactory = LoggerFactory.Create(logging => logging.AddOpenTelemetry(o => o.AddOtlpExporter()));
        var options = new OaiClientOptions
        {
            ApiKey = Environment.GetEnvironmentVariable("OPENAI_API_KEY") ?? "sk-local",
            LoggerFactory = loggerFactory,                      // the DI registration passes the container's factory
            ContentCapture = ContentCaptureMode.Event,          // EVENT_ONLY; SpanAndEvent for both
        };
        // docs:end

        using var client = new OaiClient(options);
        Assert.NotNull(client.Chat);
    }

    [Fact]
    public void ContentCapture()
    {
        // docs:begin capture
        var options = new OaiClientOptions
        {
            ApiKey = Environment.GetEnvironmentVariable("OPENAI_API_KEY") ?? "sk-local",
            ContentCapture = ContentCaptureMode.SpanAttributes,   // or set OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT=true
            MaxCapturedContentLength = 8 * 1024,                  // bytes per attribute; cut content stays valid JSON
            CaptureToolDefinitions = true,                        // opt in to gen_ai.tool.definitions
        };
        // docs:end

        using var client = new OaiClient(options);
        Assert.NotNull(client.Chat);
    }
}
