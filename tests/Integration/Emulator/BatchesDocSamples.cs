using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Oai.Batches;
using Oai.Chat;
using Oai.Files;

namespace Oai.IntegrationTests.Emulator;

/// <summary>The batch code quoted in docs/batches.md, compiled and run against the emulator (which runs the lines) so
/// the guide cannot rot.</summary>
public sealed class BatchesDocSamples
{
    // docs/batches.md: "One call: write, upload, create, wait, read"
    // docs:begin batches-run
    public static async Task<Dictionary<string, string>> AnswerAllAsync(OaiClient client, IReadOnlyList<string> questions)
    {
        var answers = new Dictionary<string, string>();
        Batch batch = await client.Batches.RunAsync<ChatCompletion>(
            async writer =>
            {
                for (var i = 0; i < questions.Count; i++)
                {
                    await writer.WriteAsync($"q-{i}", new ChatCompletionRequest
                    {
                        Model = "gpt-4o-mini",
                        Messages = [ChatMessage.User(questions[i])],
                    });
                }
            },
            result =>
            {
                answers[result.CustomId] = result.TryGetBody(out var completion) && completion.TryGetText(out var text)
                    ? text
                    : $"failed: {result.Error?.Code}";
                return ValueTask.CompletedTask;
            },
            new BatchRunOptions
            {
                PollInterval = TimeSpan.FromMinutes(1),
                OnProgress = b =>
                {
                    // Save b.Id somewhere durable to resume with BatchRunOptions.ResumeBatchId after a restart.
                    Console.WriteLine($"{b.Id}: {b.Status}, {b.RequestCounts.Completed + b.RequestCounts.Failed}/{b.RequestCounts.Total}");
                    return ValueTask.CompletedTask;
                },
            });

        Console.WriteLine($"batch {batch.Id} ended {batch.Status}");
        return answers;
    }
    // docs:end

    // docs/batches.md: "Step by step"
    // docs:begin batches-steps
    public static async Task<int> StepByStepAsync(OaiClient client, string path)
    {
        await using (var writer = BatchInputWriter.Create(path))
        {
            await writer.WriteAsync("q-0", new ChatCompletionRequest { Model = "gpt-4o-mini", Messages = [ChatMessage.User("2+2?")] });
        }

        var file = await client.Files.CreateAsync(path, FilePurpose.Batch);
        var batch = await client.Batches.CreateAsync(new BatchRequest { InputFileId = file.Id, Endpoint = BatchEndpoint.ChatCompletions });
        batch = await client.Batches.WaitForCompletionAsync(batch.Id, TimeSpan.FromMinutes(1));

        var failures = 0;
        await foreach (var result in client.Batches.ReadResultsAsync<ChatCompletion>(batch))
        {
            if (!result.IsSuccess)
            {
                failures++;
            }
        }

        return failures;
    }
    // docs:end

    [Fact]
    public async Task The_run_sample_answers_every_question()
    {
        await using var rig = await BatchRig.StartAsync(TimeSpan.FromMinutes(1));

        var answers = await rig.Clock.RunAsync(AnswerAllAsync(rig.Client, ["2+2?", "Capital of France?"]));

        Assert.Equal(new Dictionary<string, string> { ["q-0"] = "You said: 2+2?", ["q-1"] = "You said: Capital of France?" }, answers);
    }

    [Fact]
    public async Task The_step_by_step_sample_counts_no_failure()
    {
        await using var rig = await BatchRig.StartAsync(TimeSpan.FromMinutes(1));
        var path = Path.Combine(Path.GetTempPath(), $"oai-steps-{Guid.NewGuid():N}.jsonl");
        try
        {
            Assert.Equal(0, await rig.Clock.RunAsync(StepByStepAsync(rig.Client, path)));
        }
        finally
        {
            File.Delete(path);
        }

        Assert.Contains(rig.Emulator.Requests, r => r.Path.EndsWith("/content", StringComparison.Ordinal));
    }
}
