using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Oai.Chat;
using Oai.IntegrationTests.Servers;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace Oai.IntegrationTests.Telemetry;

/// <summary>One GenAI span per logical call, above the retries: HTTP attempt spans (System.Net.Http's own
/// instrumentation) are its children.</summary>
[Collection("Telemetry")]
public sealed class SpanHierarchyTests
{
    private const string Completion = """{"id":"chatcmpl-h","object":"chat.completion","created":1,"model":"gpt-4o-mini-2024-07-18","choices":[{"index":0,"message":{"role":"assistant","content":"hi"},"finish_reason":"stop"}],"usage":{"prompt_tokens":3,"completion_tokens":1,"total_tokens":4}}""";

    [Fact]
    public async Task A_call_retried_twice_is_one_span_with_three_http_attempt_children()
    {
        var activities = new List<Activity>();
        using (var tracer = Sdk.CreateTracerProviderBuilder()
            .AddSource("Oai.Client")
            .AddHttpClientInstrumentation()
            .AddInMemoryExporter(activities)
            .Build())
        {
            await using var server = await LoopbackServer.StartAsync(async (context, number) =>
            {
                if (number < 3)
                {
                    context.Response.StatusCode = 500;
                    await context.Response.WriteAsync("""{"error":{"message":"boom","type":"server_error","param":null,"code":null}}""");
                    return;
                }

                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(Completion);
            });
            using var client = new OaiClient(new OaiClientOptions
            {
                ApiKey = "sk-hierarchy-test-key-00000000000",
                BaseUrl = server.BaseUrl,
                RetryBaseDelay = TimeSpan.FromMilliseconds(1),
            });

            await client.Chat.Completions.CreateAsync(new ChatCompletionRequest { Model = "hierarchy", Messages = [ChatMessage.User("hi")] });
            Assert.Equal(3, server.Requests);
            tracer.ForceFlush();
        }

        var genAi = Assert.Single(activities, a => a.Source.Name == "Oai.Client" && Equals(a.GetTagItem("gen_ai.request.model"), "hierarchy"));
        Assert.Equal(ActivityStatusCode.Unset, genAi.Status);
        var attempts = activities.Where(a => a.ParentSpanId == genAi.SpanId).ToList();
        Assert.Equal(3, attempts.Count);
        Assert.All(attempts, a =>
        {
            Assert.Equal(ActivityKind.Client, a.Kind);
            Assert.Equal(genAi.TraceId, a.TraceId);
        });
        Assert.Equal([500, 500, 200], attempts.OrderBy(a => a.StartTimeUtc).Select(a => Convert.ToInt32(a.GetTagItem("http.response.status_code"), System.Globalization.CultureInfo.InvariantCulture)));
        Assert.All(attempts, a => Assert.True(a.StartTimeUtc >= genAi.StartTimeUtc && a.StartTimeUtc + a.Duration <= genAi.StartTimeUtc + genAi.Duration, "attempts lie within the GenAI span"));
    }
}
