using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Oai.Chat;
using Oai.Completions;
using Oai.Embeddings;
using Oai.Files;
using Oai.FineTuning;

namespace Oai.UnitTests.Robustness;

/// <summary>Drives one operation as a user would: awaits the result or reads the stream, listing or download to its end
/// (or leaves early when the case says so), folds streams through the public accumulators, and looks at every result
/// through <see cref="UserView"/>.</summary>
internal static class OperationRunner
{
    private const string FileId = "file-abc123";
    private const string JobId = "ftjob-abc123";

    public static async Task RunAsync(OaiClient client, Scenario scenario, string tempDirectory, CancellationToken token)
    {
        var jobs = client.FineTuning.Jobs;
        switch (scenario.Operation)
        {
            case RobustOperation.ChatCreate:
                UserView.Visit(await client.Chat.Completions.CreateAsync(ChatRequest(), cancellationToken: token));
                break;
            case RobustOperation.ChatStream:
                await ChatStreamAsync(client, scenario, token);
                break;
            case RobustOperation.CompletionCreate:
                UserView.Visit(await client.Completions.CreateAsync(CompletionRequest(), cancellationToken: token));
                break;
            case RobustOperation.CompletionStream:
                await CompletionStreamAsync(client, scenario, token);
                break;
            case RobustOperation.EmbeddingsCreate:
                await EmbeddingsAsync(client, token);
                break;
            case RobustOperation.FilesCreate:
                using (var upload = new MemoryStream("{\"prompt\":\"a\",\"completion\":\"b\"}\n"u8.ToArray()))
                {
                    UserView.Visit(await client.Files.CreateAsync(upload, "robust.jsonl", FilePurpose.FineTune, cancellationToken: token));
                }

                break;
            case RobustOperation.FilesRetrieve:
                UserView.Visit(await client.Files.RetrieveAsync(FileId, cancellationToken: token));
                break;
            case RobustOperation.FilesDelete:
                UserView.Visit(await client.Files.DeleteAsync(FileId, cancellationToken: token));
                break;
            case RobustOperation.FilesList:
                await ListAsync(client.Files.ListAsync(limit: 3, cancellationToken: token), f => f.Id, scenario, token);
                break;
            case RobustOperation.FilesContent:
                var content = await client.Files.ContentAsync(FileId, cancellationToken: token);
                await using (content)
                {
                    var buffer = new byte[1024];
                    while (await content.ReadAsync(buffer, token) > 0)
                    {
                    }
                }

                break;
            case RobustOperation.FilesContentBytes:
                _ = await client.Files.ContentBytesAsync(FileId, cancellationToken: token);
                break;
            case RobustOperation.FilesDownloadToFile:
                var path = Path.Combine(tempDirectory, $"download-{scenario.Seed}-{scenario.CaseNumber}.bin");
                try
                {
                    _ = await client.Files.DownloadToFileAsync(FileId, path, cancellationToken: token);
                }
                catch (Exception ex) when (File.Exists(path))
                {
                    throw new ContractViolationException(
                        "DownloadToFileAsync failed and left the partly written file behind", $"{path} after {ex.GetType().Name}: {ex.Message}");
                }
                finally
                {
                    File.Delete(path);
                }

                break;
            case RobustOperation.JobsCreate:
                UserView.Visit(await jobs.CreateAsync(
                    new FineTuningJobRequest { Model = "gpt-4o-mini-2024-07-18", TrainingFile = FileId }, cancellationToken: token));
                break;
            case RobustOperation.JobsRetrieve:
                UserView.Visit(await jobs.RetrieveAsync(JobId, cancellationToken: token));
                break;
            case RobustOperation.JobsList:
                await ListAsync(jobs.ListAsync(limit: 3, cancellationToken: token), j => j.Id, scenario, token);
                break;
            case RobustOperation.JobsListEvents:
                await ListAsync(jobs.ListEventsAsync(JobId, limit: 3, cancellationToken: token), e => e.Id, scenario, token);
                break;
            case RobustOperation.JobsListCheckpoints:
                await ListAsync(jobs.ListCheckpointsAsync(JobId, limit: 3, cancellationToken: token), c => c.Id, scenario, token);
                break;
            case RobustOperation.JobsCancel:
                UserView.Visit(await jobs.CancelAsync(JobId, cancellationToken: token));
                break;
            case RobustOperation.JobsPause:
                UserView.Visit(await jobs.PauseAsync(JobId, cancellationToken: token));
                break;
            case RobustOperation.JobsResume:
                UserView.Visit(await jobs.ResumeAsync(JobId, cancellationToken: token));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(scenario), scenario.Operation, "unknown operation");
        }
    }

    private static ChatCompletionRequest ChatRequest() => new()
    {
        Model = "gpt-4o-mini",
        Messages = [ChatMessage.User("Say hello")],
    };

    private static CompletionRequest CompletionRequest() => new() { Model = "gpt-3.5-turbo-instruct", Prompt = "Say hello" };

    private static async Task ChatStreamAsync(OaiClient client, Scenario scenario, CancellationToken token)
    {
        var accumulator = new ChatCompletionAccumulator();
        await ReadStreamAsync(client.Chat.Completions.CreateStreamAsync(ChatRequest(), cancellationToken: token), scenario, accumulator.Append);

        // What was folded so far is what the user has, whether the stream ended or broke off.
        UserView.Visit(accumulator.Text);
        for (var i = 0; i < accumulator.FinishReasons.Count; i++)
        {
            UserView.Visit(accumulator.GetText(i));
        }

        var built = accumulator.Build();
        UserView.Visit(built);
        _ = built.TryGetText(out _);
        foreach (var choice in built.Choices)
        {
            _ = choice.Message.TryGetToolCalls(out _);
            _ = choice.Message.TryGetRefusal(out _);
        }
    }

    /// <summary>Reads a stream as a user does, folding each chunk, until its end or the scenario's early break.</summary>
    private static async Task ReadStreamAsync<TChunk>(OaiStream<TChunk> stream, Scenario scenario, Action<TChunk> fold)
    {
        try
        {
            var seen = 0;
            await foreach (var chunk in stream)
            {
                UserView.Visit(chunk);
                fold(chunk);
                if (++seen == scenario.BreakAfter)
                {
                    break;
                }
            }
        }
        finally
        {
            _ = stream.RequestId;
            UserView.Visit(stream.ResponseHeaders);
        }
    }

    private static async Task CompletionStreamAsync(OaiClient client, Scenario scenario, CancellationToken token)
    {
        var accumulator = new CompletionAccumulator();
        await ReadStreamAsync(client.Completions.CreateStreamAsync(CompletionRequest(), cancellationToken: token), scenario, accumulator.Append);

        UserView.Visit(accumulator.Text);
        for (var i = 0; i < accumulator.FinishReasons.Count; i++)
        {
            UserView.Visit(accumulator.GetText(i));
        }

        UserView.Visit(accumulator.Build());
    }

    private static async Task EmbeddingsAsync(OaiClient client, CancellationToken token)
    {
        var response = await client.Embeddings.CreateAsync(
            new EmbeddingRequest { Model = "text-embedding-3-small", Input = new[] { "hello", "world" } }, cancellationToken: token);
        UserView.Visit(response);
        var vectors = new List<ReadOnlyMemory<float>>();
        foreach (var embedding in response.Data)
        {
            // Looked up by the index the service sent, so GetVector's documented ArgumentOutOfRangeException cannot apply.
            vectors.Add(response.GetVector(embedding.Index));
        }

        if (vectors.Count >= 2 && vectors[0].Length == vectors[1].Length)
        {
            _ = Embedding.CosineSimilarity(vectors[0].Span, vectors[1].Span);
        }
    }

    /// <summary>Reads a listing page by page or item by item, as users do both.</summary>
    private static async Task ListAsync<T>(OaiAsyncPageable<T> listing, Func<T, string?> idOf, Scenario scenario, CancellationToken token)
    {
        var seen = 0;
        if (scenario.CaseNumber % 2 == 0)
        {
            await foreach (var page in listing.AsPagesAsync(token))
            {
                UserView.Visit(page);
                if (++seen == scenario.BreakAfter)
                {
                    return;
                }
            }
        }
        else
        {
            await foreach (var item in listing.WithCancellation(token))
            {
                UserView.Visit(item);
                if (++seen == scenario.BreakAfter)
                {
                    return;
                }
            }
        }
    }
}
