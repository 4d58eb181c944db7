using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using Oai.Batches;
using Oai.Chat;
using Oai.IntegrationTests.Emulator;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace Oai.IntegrationTests.Telemetry;

/// <summary>Spans of Batches calls against the emulator: batches.* with openai.batch.* attributes, and a wait or a
/// whole run as one trace under its own parent span.</summary>
[Collection("Telemetry")]
public sealed class BatchSpanTests
{
    private static readonly ActivitySource s_test = new("Oai.Tests.BatchSpans");

    /// <summary>Runs the calls under a test root span and returns the client's spans of that trace (root excluded), in end order.</summary>
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

        return [.. exported.Where(a => a.TraceId == trace && a.Source.Name == "Oai.Client")];
    }

    private static Dictionary<string, object?> Tags(Activity activity) => activity.TagObjects.ToDictionary(t => t.Key, t => t.Value);

    private static Dictionary<string, object?> Batch(string operation, Batch batch, string? model = null)
    {
        var tags = new Dictionary<string, object?>
        {
            ["gen_ai.operation.name"] = operation,
            ["gen_ai.provider.name"] = "openai",
            ["server.address"] = "oai-emulator.invalid",
            ["server.port"] = 80,
            ["openai.batch.id"] = batch.Id,
            ["openai.batch.endpoint"] = "/v1/chat/completions",
            ["openai.batch.status"] = batch.Status.Value,
            ["openai.batch.request_counts.total"] = batch.RequestCounts.Total,
            ["openai.batch.request_counts.completed"] = batch.RequestCounts.Completed,
            ["openai.batch.request_counts.failed"] = batch.RequestCounts.Failed,
        };
        if (model is not null)
        {
            tags["gen_ai.request.model"] = model;
        }

        return tags;
    }

    [Fact]
    public async Task Create_and_retrieve_carry_the_batch_id_endpoint_status_and_counts()
    {
        await using var rig = await BatchRig.StartAsync(TimeSpan.FromSeconds(1));
        Batch? created = null, retrieved = null;

        var spans = await TraceAsync(async () =>
        {
            var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"oai-span-{Guid.NewGuid():N}.jsonl");
            await using (var writer = BatchInputWriter.Create(path))
            {
                await BatchRig.WriteFourAsync(writer);
            }

            var file = await rig.Client.Files.CreateAsync(path, Oai.Files.FilePurpose.Batch);
            System.IO.File.Delete(path);
            created = await rig.Client.Batches.CreateAsync(new BatchRequest { InputFileId = file.Id, Endpoint = BatchEndpoint.ChatCompletions });
            rig.Clock.Advance(TimeSpan.FromMilliseconds(1500));
            retrieved = await rig.Client.Batches.RetrieveAsync(created.Id);
        });

        Assert.Equal(["files.create", "batches.create", "batches.retrieve"], spans.Select(s => s.DisplayName));
        Assert.Equal(Batch("batches.create", created!), Tags(spans[1]));
        Assert.Equal("in_progress 2/1/4", $"{retrieved!.Status} {retrieved.RequestCounts.Completed}/{retrieved.RequestCounts.Failed}/{retrieved.RequestCounts.Total}");
        Assert.Equal(Batch("batches.retrieve", retrieved, model: "gpt-4o-mini"), Tags(spans[2]));
    }

    [Fact]
    public async Task A_run_is_one_trace_under_a_batches_run_span()
    {
        await using var rig = await BatchRig.StartAsync(TimeSpan.FromMilliseconds(500));

        var spans = await TraceAsync(() => rig.Clock.RunAsync(rig.Client.Batches.RunAsync<ChatCompletion>(
            BatchRig.WriteFourAsync, _ => ValueTask.CompletedTask, new BatchRunOptions { PollInterval = rig.Clock.Interval })));

        var run = Assert.Single(spans, s => s.DisplayName == "batches.run");
        Assert.Equal(ActivityKind.Internal, run.Kind);
        Assert.Equal(ActivityStatusCode.Unset, run.Status);
        var children = spans.Where(s => s != run).ToList();
        Assert.Equal(
            ["files.create", "batches.create", .. Enumerable.Repeat("batches.retrieve", 7), "files.content", "files.content"],
            children.Select(s => s.DisplayName));
        Assert.All(children, c => Assert.Equal(run.SpanId, c.ParentSpanId));
        var tags = Tags(run);
        Assert.Equal(("completed", 3, 1, 4), (tags["openai.batch.status"], tags["openai.batch.request_counts.completed"], tags["openai.batch.request_counts.failed"], tags["openai.batch.request_counts.total"]));
        Assert.Equal(Tags(children[1])["openai.batch.id"], tags["openai.batch.id"]);
    }

    [Fact]
    public async Task A_wait_is_one_trace_under_a_batches_wait_span()
    {
        await using var rig = await BatchRig.StartAsync(TimeSpan.FromSeconds(1));
        var file = await rig.Client.Files.CreateAsync(
            new System.IO.MemoryStream("""{"custom_id":"a","method":"POST","url":"/v1/chat/completions","body":{"model":"gpt-4o-mini","messages":[{"role":"user","content":"Hi"}]}}"""u8.ToArray()),
            "in.jsonl",
            Oai.Files.FilePurpose.Batch);
        var created = await rig.Client.Batches.CreateAsync(new BatchRequest { InputFileId = file.Id, Endpoint = BatchEndpoint.ChatCompletions });

        var spans = await TraceAsync(() => rig.Clock.RunAsync(rig.Client.Batches.WaitForCompletionAsync(created.Id, rig.Clock.Interval)));

        var wait = Assert.Single(spans, s => s.DisplayName == "batches.wait");
        var polls = spans.Where(s => s != wait).ToList();
        Assert.Equal(4, polls.Count);
        Assert.All(polls, p => Assert.Equal(("batches.retrieve", wait.SpanId), (p.DisplayName, p.ParentSpanId)));
        Assert.Equal(created.Id, Tags(wait)["openai.batch.id"]);
        Assert.Equal("completed", Tags(wait)["openai.batch.status"]);
    }
}
