using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Oai.Completions;
using Oai.IntegrationTests.Servers;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace Oai.IntegrationTests.Streaming;

/// <summary>A legacy completion stream over a real socket, cancelled in the middle.</summary>
public sealed class LoopbackCompletionStreamTests
{
    private static string Chunk(string text) =>
        $$"""{"id":"cmpl-loop","object":"text_completion","created":1770950813,"model":"gpt-3.5-turbo-instruct","choices":[{"text":"{{text}}","index":0,"logprobs":null,"finish_reason":null}]}""";

    [Fact]
    public async Task Cancelling_a_streamed_completion_closes_the_connection_and_ends_its_span_once_as_cancelled()
    {
        var model = "loop-cancel-" + Guid.NewGuid().ToString("N");
        var spans = new List<Activity>();
        using var tracer = Sdk.CreateTracerProviderBuilder().AddSource("Oai.Client").AddInMemoryExporter(spans).Build()!;
        await using var server = await LoopbackServer.StartAsync(async (context, _) =>
        {
            Sse.Begin(context);
            await Sse.DataAsync(context, Chunk("Once"), context.RequestAborted);
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        });
        using var client = new OaiClient(new OaiClientOptions
        {
            ApiKey = "sk-loopback-test-key-000000000000",
            BaseUrl = server.BaseUrl,
            RetryBaseDelay = TimeSpan.FromMilliseconds(1),
        });
        using var cts = new CancellationTokenSource();

        var received = new List<Completion>();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var chunk in client.Completions.CreateStreamAsync(new CompletionRequest { Model = model, Prompt = "Once upon" }).WithCancellation(cts.Token))
            {
                received.Add(chunk);
                await cts.CancelAsync();
            }
        });

        Assert.Equal("Once", Assert.Single(received).Choices[0].Text);
        await server.ClientAborted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(1, server.AbortedRequests);

        tracer.ForceFlush();
        // Exactly one span for this call: ended once, whatever the cancellation path.
        var span = Assert.Single(spans, s => Equals(s.GetTagItem("gen_ai.request.model"), model));
        Assert.Equal("text_completion", span.GetTagItem("gen_ai.operation.name"));
        Assert.Equal("cancelled", span.GetTagItem("error.type"));
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal(new[] { "error" }, (string[])span.GetTagItem("gen_ai.response.finish_reasons")!);
        Assert.Equal("cmpl-loop", span.GetTagItem("gen_ai.response.id"));
        Assert.True(span.Duration > TimeSpan.Zero, "the span must have ended");
    }
}
