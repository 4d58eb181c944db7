using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using Oai.Chat;
using Oai.Emulator;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace Oai.IntegrationTests.Telemetry;

/// <summary>One GenAI span per logical call, above the retries: HTTP attempt spans (System.Net.Http's own
/// instrumentation) are its children.</summary>
[Collection("Telemetry")]
public sealed class SpanHierarchyTests
{
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
            var options = new OaiEmulatorOptions();
            options.Models.Add("hierarchy");
            await using var emulator = await OaiEmulator.StartAsync(options);
            var boom = EmulatorReply.Error(500, new ApiError { Message = "boom", Type = "server_error" });
            emulator.Enqueue(boom);
            emulator.Enqueue(boom);
            using var client = emulator.CreateClient(o =>
            {
                o.ApiKey = "sk-hierarchy-test-key-00000000000";
                o.RetryBaseDelay = TimeSpan.FromMilliseconds(1);
            });

            await client.Chat.Completions.CreateAsync(new ChatCompletionRequest { Model = "hierarchy", Messages = [ChatMessage.User("hi")] });
            Assert.Equal(3, emulator.Requests.Count);
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
