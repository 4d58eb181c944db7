using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Oai.Chat;
using Oai.IntegrationTests.Servers;
using Oai.UnitTests.TestSupport;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace Oai.IntegrationTests.Telemetry;

/// <summary>The documented Braintrust setup, run for real: the OTLP/HTTP exporter sends a streamed call's span to a
/// local Kestrel receiver standing in for Braintrust's <c>/otel/v1/traces</c>, with its headers, and the span carries
/// what Braintrust maps (input and output messages, usage, time to first chunk).</summary>
[Collection("Telemetry")]
public sealed class BraintrustExportTests
{
    private const string OpenAiKey = "sk-openai-test-0123456789abcdefghij";

    private sealed record Received(string Path, string? ContentType, string? Authorization, string? Parent, byte[] Body);

    [Fact]
    public async Task A_streamed_call_reaches_the_otlp_receiver_with_braintrusts_headers_content_usage_and_ttfc()
    {
        var model = $"braintrust-{Guid.NewGuid():N}";
        var received = new ConcurrentQueue<Received>();
        var sse = SharedFiles.ReadRecording("openai-python", "chat-stream-text.sse");
        await using var server = await LoopbackServer.StartAsync(async (context, _) =>
        {
            if (context.Request.Path == "/otel/v1/traces")
            {
                using var body = new MemoryStream();
                await context.Request.Body.CopyToAsync(body);
                received.Enqueue(new Received(
                    context.Request.Path, context.Request.ContentType, context.Request.Headers.Authorization,
                    context.Request.Headers["x-bt-parent"], body.ToArray()));
                context.Response.ContentType = "application/x-protobuf";
                return;
            }

            context.Response.ContentType = "text/event-stream";
            await context.Response.WriteAsync(sse);
        });
        var root = new Uri(server.BaseUrl, "/").AbsoluteUri;

        using (var tracing = Sdk.CreateTracerProviderBuilder().AddBraintrust("bt-test-key", "project_name:oai-tests", root).Build())
        {
            using var client = new OaiClient(new OaiClientOptions
            {
                ApiKey = OpenAiKey,
                BaseUrl = server.BaseUrl,
                ContentCapture = ContentCaptureMode.SpanAttributes,
            });
            var request = new ChatCompletionRequest { Model = model, Messages = [ChatMessage.User("Where is the Golden Gate?")] };
            await foreach (var chunk in client.Chat.Completions.CreateStreamAsync(request))
            {
            }

            Assert.True(tracing.ForceFlush(10_000), "The exporter flushed within 10 s.");
        }

        var exports = received.ToList();
        Assert.NotEmpty(exports);
        Assert.All(exports, r =>
        {
            Assert.Equal("/otel/v1/traces", r.Path);
            Assert.Equal("application/x-protobuf", r.ContentType);
            Assert.Equal("Bearer bt-test-key", r.Authorization);
            Assert.Equal("project_name:oai-tests", r.Parent);
            Assert.DoesNotContain(OpenAiKey, System.Text.Encoding.UTF8.GetString(r.Body), StringComparison.Ordinal);
        });

        var span = Assert.Single(exports.SelectMany(r => OtlpTraces.Decode(r.Body)), s => Equals(s.Attributes.GetValueOrDefault("gen_ai.request.model"), model));
        Assert.Equal("Oai.Client", span.Scope);
        Assert.Equal($"chat {model}", span.Name);
        Assert.Equal(3, span.Kind); // SPAN_KIND_CLIENT
        Assert.Equal(
            """[{"role":"user","parts":[{"type":"text","content":"Where is the Golden Gate?"}]}]""",
            span.Attributes["gen_ai.input.messages"]);
        Assert.Equal(
            """[{"role":"assistant","parts":[{"type":"text","content":"{\"city\":\"San Francisco\",\"temperature\":61,\"units\":\"f\"}"}],"finish_reason":"stop"}]""",
            span.Attributes["gen_ai.output.messages"]);
        Assert.Equal(79L, span.Attributes["gen_ai.usage.input_tokens"]);
        Assert.Equal(14L, span.Attributes["gen_ai.usage.output_tokens"]);
        Assert.Equal(0L, span.Attributes["gen_ai.usage.reasoning.output_tokens"]);
        Assert.Equal(new[] { "stop" }, span.Attributes["gen_ai.response.finish_reasons"]);
        Assert.Equal("gpt-4o-2024-08-06", span.Attributes["gen_ai.response.model"]);
        var ttfc = Assert.IsType<double>(span.Attributes["gen_ai.response.time_to_first_chunk"]);
        Assert.InRange(ttfc, double.Epsilon, 60);
        Assert.Equal(true, span.Attributes["gen_ai.request.stream"]);
        Assert.Equal("chat", span.Attributes["gen_ai.operation.name"]);
    }
}
