using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Oai.Chat;
using Oai.Files;
using Oai.FineTuning;

namespace Oai.UnitTests.Docs;

/// <summary>The code quoted in docs/fine-tuning.md and docs/files.md; compiled here and run by <see cref="DocSampleTests"/>.</summary>
internal static class FineTuningDocSamples
{
    // docs:begin fine-tune-end-to-end
    public static async Task<string> FineTuneAndAskAsync(OaiClient client, string trainingDataPath, TextWriter log, CancellationToken ct = default)
    {
        // 1. Upload the training data: a JSONL file of chat examples, streamed from disk.
        FileObject training = await client.Files.CreateAsync(trainingDataPath, FilePurpose.FineTune, cancellationToken: ct);

        // 2. Start the job.
        FineTuningJob job = await client.FineTuning.Jobs.CreateAsync(
            new FineTuningJobRequest
            {
                Model = "gpt-4o-mini-2024-07-18",
                TrainingFile = training.Id,
                Suffix = "support",
                Method = FineTuningMethod.CreateSupervised(new FineTuningHyperparameters { NEpochs = 3 }),
            },
            cancellationToken: ct);

        // 3. Follow its events, oldest first and each once, until it succeeds, fails or is cancelled.
        job = await client.FineTuning.Jobs.WaitForCompletionAsync(
            job.Id,
            pollInterval: TimeSpan.FromSeconds(30),
            onEvent: e =>
            {
                log.WriteLine($"{e.CreatedAt:u} [{e.Level}] {e.Message}");
                return ValueTask.CompletedTask;
            },
            cancellationToken: ct);

        if (!job.TryGetFineTunedModel(out string? model))
        {
            string why = job.TryGetError(out FineTuningJobError? error) ? $"{error.Code}: {error.Message}" : job.Status.Value;
            throw new InvalidOperationException($"Fine-tuning job {job.Id} ended without a model ({why}).");
        }

        // 4. Use the fine-tuned model like any other.
        ChatCompletion reply = await client.Chat.Completions.CreateAsync(
            new ChatCompletionRequest { Model = model, Messages = [ChatMessage.User("My parcel has not arrived.")] },
            cancellationToken: ct);
        return reply.TryGetText(out string? text) ? text : string.Empty;
    }
    // docs:end

    // docs:begin files-round-trip
    public static async Task<long> FilesRoundTripAsync(OaiClient client, Stream data, string downloadPath, CancellationToken ct = default)
    {
        // Upload from any stream: a seekable one is retried on transient failures, a non-seekable one is sent once.
        FileObject file = await client.Files.CreateAsync(
            data, "batch-input.jsonl", FilePurpose.Batch, FileExpiresAfter.AfterCreation(TimeSpan.FromDays(7)), cancellationToken: ct);

        // List every batch file; pages are fetched as the loop reaches them.
        await foreach (FileObject listed in client.Files.ListAsync(purpose: FilePurpose.Batch, cancellationToken: ct))
        {
            if (listed.TryGetExpiry(out DateTimeOffset expiresAt))
            {
                Console.WriteLine($"{listed.Id} {listed.FileName} {listed.Bytes} bytes, expires {expiresAt:u}");
            }
        }

        // Download it again, streamed to disk, then delete it.
        long written = await client.Files.DownloadToFileAsync(file.Id, downloadPath, cancellationToken: ct);
        FileDeletionResult deleted = await client.Files.DeleteAsync(file.Id, cancellationToken: ct);
        return deleted.Deleted ? written : -1;
    }
    // docs:end
}
