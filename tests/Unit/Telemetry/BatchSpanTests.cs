using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using Oai.Batches;
using Oai.Chat;
using Oai.UnitTests.Batches;
using Oai.UnitTests.Pipeline;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace Oai.UnitTests.Telemetry;

/// <summary>Spans of Batches calls: batches.* with openai.batch.* attributes, and a wait or a whole run as one trace
/// under its own parent span.</summary>
[Collection("Telemetry")]
public sealed class BatchSpanTests
{
    private static readonly ActivitySource s_test = new("Oai.Tests.BatchSpans");

    /// <summary>Runs the calls under a test root span and returns the spans of that trace (root excluded), in end order.</summary>
    private static async Task<List<Activity>> TraceAsync(Func<Task> calls)
    {
        var exported = new List<Activity>();
        ActivityTraceId trace;
        using (var provider = Sdk.CreateTracerProviderBuilder().AddSource("Oai.Client", s_test.Name).AddInMemoryExporter(exported).Build())
        {
            using (var root = s_test.StartActivity("test root")!)
            {
                trace = root.TraceId;
                await calls();
            }

            provider.ForceFlush();
        }

        return exported.Where(a => a.TraceId == trace && a.Source.Name == "Oai.Client").ToList();
    }

    private static async Task<T> RunClockAsync<T>(FakeTimeProvider time, Task<T> task)
    {
        for (var i = 0; i < 500 && !task.IsCompleted; i++)
        {
            await Task.Delay(5);
            time.Advance(TimeSpan.FromMinutes(1));
        }

        return await task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Create_and_retrieve_carry_the_batch_id_endpoint_status_and_counts()
    {
        using var service = new ScriptedBatchService(string.Empty, null, "in_progress");
        using var client = TestClients.Create(service.Mock);

        var spans = await TraceAsync(async () =>
        {
            await client.Batches.CreateAsync(new BatchRequest { InputFileId = "file-in", Endpoint = BatchEndpoint.ChatCompletions });
            await client.Batches.RetrieveAsync("batch_1");
        });

        Assert.Equal(["batches.create", "batches.retrieve"], spans.Select(s => s.DisplayName));
        var create = TracedCalls.Common("batches.create");
        create["openai.batch.endpoint"] = "/v1/chat/completions";
        create["openai.batch.id"] = "batch_1";
        create["openai.batch.status"] = "validating";
        create["openai.batch.request_counts.total"] = 0;
        create["openai.batch.request_counts.completed"] = 0;
        create["openai.batch.request_counts.failed"] = 0;
        Assert.Equal(create, TracedCalls.Tags(spans[0]));
        var retrieve = TracedCalls.Common("batches.retrieve");
        retrieve["openai.batch.id"] = "batch_1";
        retrieve["openai.batch.endpoint"] = "/v1/chat/completions";
        retrieve["gen_ai.request.model"] = "gpt-4o-mini-2024-07-18";
        retrieve["openai.batch.status"] = "in_progress";
        retrieve["openai.batch.request_counts.total"] = 3;
        retrieve["openai.batch.request_counts.completed"] = 0;
        retrieve["openai.batch.request_counts.failed"] = 0;
        Assert.Equal(retrieve, TracedCalls.Tags(spans[1]));
    }

    [Fact]
    public async Task A_run_is_one_trace_under_a_batches_run_span()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        using var service = new ScriptedBatchService(BatchJson.Lines([BatchJson.Success("a", "A")]), null, "in_progress", "completed");
        using var client = TestClients.Create(service.Mock, o => o.TimeProvider = time);

        var spans = await TraceAsync(() => RunClockAsync(time, client.Batches.RunAsync<ChatCompletion>(
            w => w.WriteAsync("a", new ChatCompletionRequest { Model = "gpt-4o-mini", Messages = [ChatMessage.User("Hi")] }).AsTask(),
            _ => ValueTask.CompletedTask,
            new BatchRunOptions { PollInterval = TimeSpan.FromMinutes(1) })));

        var run = Assert.Single(spans, s => s.DisplayName == "batches.run");
        Assert.Equal(ActivityKind.Internal, run.Kind);
        Assert.Equal(ActivityStatusCode.Unset, run.Status);
        var children = spans.Where(s => s != run).ToList();
        Assert.Equal(
            ["files.create", "batches.create", "batches.retrieve", "batches.retrieve", "files.content"],
            children.Select(s => s.DisplayName));
        Assert.All(children, c => Assert.Equal(run.SpanId, c.ParentSpanId));
        var tags = TracedCalls.Tags(run);
        Assert.Equal("batch_1", tags["openai.batch.id"]);
        Assert.Equal("completed", tags["openai.batch.status"]);
        Assert.Equal(1, tags["openai.batch.request_counts.completed"]);
    }

    [Fact]
    public async Task A_wait_is_one_trace_under_a_batches_wait_span()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        using var service = new ScriptedBatchService(string.Empty, null, "in_progress", "in_progress", "completed");
        using var client = TestClients.Create(service.Mock, o => o.TimeProvider = time);

        var spans = await TraceAsync(() => RunClockAsync(time, client.Batches.WaitForCompletionAsync("batch_1", TimeSpan.FromMinutes(1))));

        var wait = Assert.Single(spans, s => s.DisplayName == "batches.wait");
        var polls = spans.Where(s => s != wait).ToList();
        Assert.Equal(3, polls.Count);
        Assert.All(polls, p => Assert.Equal(wait.SpanId, p.ParentSpanId));
        Assert.Equal("batch_1", TracedCalls.Tags(wait)["openai.batch.id"]);
    }
}
