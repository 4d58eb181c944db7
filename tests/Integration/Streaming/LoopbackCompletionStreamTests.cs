using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Oai.Completions;
using Oai.Emulator;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace Oai.IntegrationTests.Streaming;

/// <summary>A legacy completion stream over a real socket, cancelled in the middle.</summary>
public sealed class LoopbackCompletionStreamTests
{
    [Fact]
    public async Task Cancelling_a_streamed_completion_closes_the_connection_and_ends_its_span_once_as_cancelled()
    {
        var model = "loop-cancel-" + Guid.NewGuid().ToString("N");
        var spans = new List<Activity>();
        using var tracer = Sdk.CreateTracerProviderBuilder().AddSource("Oai.Client").AddInMemoryExporter(spans).Build()!;
        var options = new OaiEmulatorOptions();
        options.Models.Add(model);
        await using var emulator = await OaiEmulator.StartAsync(options);

        // One chunk ("Once"), then silence with the connection open.
        emulator.Enqueue(EmulatorReply.Text("Once upon a time") with { StallAfterChunks = 1 });
        using var client = emulator.CreateClient(o =>
        {
            o.ApiKey = "sk-loopback-test-key-000000000000";
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(1);
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

        var chunk = Assert.Single(received);
        Assert.Equal("Once", chunk.Choices[0].Text);
        var request = Assert.Single(emulator.Requests);
        Assert.True(await request.ClientLeft.WaitAsync(TimeSpan.FromSeconds(10)), "expected the client to close the connection");

        tracer.ForceFlush();
        // Exactly one span for this call: ended once, whatever the cancellation path.
        var span = Assert.Single(spans, s => Equals(s.GetTagItem("gen_ai.request.model"), model));
        Assert.Equal("text_completion", span.GetTagItem("gen_ai.operation.name"));
        Assert.Equal("cancelled", span.GetTagItem("error.type"));
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal(new[] { "error" }, (string[])span.GetTagItem("gen_ai.response.finish_reasons")!);
        Assert.StartsWith("cmpl-", chunk.Id, StringComparison.Ordinal);
        Assert.Equal(chunk.Id, span.GetTagItem("gen_ai.response.id"));
        Assert.True(span.Duration > TimeSpan.Zero, "the span must have ended");
    }
}
