using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using Oai.Batches;
using Oai.Chat;
using Oai.Embeddings;
using Oai.Emulator;
using Oai.Files;

namespace Oai.IntegrationTests.Emulator;

/// <summary>Batches on the emulator: validation, lines run through the emulator's own endpoints on its clock, result
/// files as the service writes them, listing, cancellation and expiry.</summary>
public sealed class EmulatorBatchesTests
{
    private static readonly DateTimeOffset s_start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private const string EmptyMessages = "Invalid 'messages': empty array. Expected an array with minimum length 1, but got an empty array instead.";

    private static ChatCompletionRequest Ask(string text) => new() { Model = "gpt-4o-mini", Messages = text.Length == 0 ? [] : [ChatMessage.User(text)] };

    /// <summary>Uploads the lines a writer makes (a, b, a failing line "bad" whose messages are empty, c) and creates a batch.</summary>
    private static async Task<Batch> CreateChatBatchAsync(OaiClient client)
    {
        var file = await UploadAsync(client, async writer =>
        {
            await writer.WriteAsync("a", Ask("question a"));
            await writer.WriteAsync("b", Ask("question b"));
            await writer.WriteAsync("bad", Ask(string.Empty));
            await writer.WriteAsync("c", Ask("question c"));
        });
        return await client.Batches.CreateAsync(new BatchRequest { InputFileId = file.Id, Endpoint = BatchEndpoint.ChatCompletions });
    }

    private static async Task<FileObject> UploadAsync(OaiClient client, Func<BatchInputWriter, Task> write)
    {
        var content = new MemoryStream();
        await using (var writer = BatchInputWriter.Create(content, leaveOpen: true))
        {
            await write(writer);
        }

        content.Position = 0;
        return await client.Files.CreateAsync(content, "input.jsonl", FilePurpose.Batch);
    }

    private static Task<FileObject> UploadTextAsync(OaiClient client, string text, FilePurpose? purpose = null) =>
        client.Files.CreateAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), "input.jsonl", purpose ?? FilePurpose.Batch);

    private static async Task<List<JsonElement>> LinesAsync(OaiClient client, string fileId)
    {
        await using var content = await client.Files.ContentAsync(fileId);
        using var reader = new StreamReader(content);
        var text = await reader.ReadToEndAsync();
        Assert.EndsWith("\n", text);
        return [.. text.TrimEnd('\n').Split('\n').Select(line => JsonDocument.Parse(line).RootElement.Clone())];
    }

    private static string Counts(Batch batch) => $"{batch.Status} {batch.RequestCounts.Completed}/{batch.RequestCounts.Failed}/{batch.RequestCounts.Total}";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_batch_runs_its_lines_on_the_clock_and_writes_output_and_error_files(bool inMemory)
    {
        var clock = new FakeTimeProvider(s_start);
        await using var emulator = await Emulators.StartAsync(inMemory, new OaiEmulatorOptions { TimeProvider = clock });
        using var client = Emulators.Client(emulator);

        var batch = await CreateChatBatchAsync(client);
        Assert.Equal("validating 0/0/0", Counts(batch));
        Assert.StartsWith("batch_", batch.Id);
        Assert.Null(batch.Model);
        Assert.Equal(s_start, batch.CreatedAt);
        Assert.Equal(s_start.AddHours(24), batch.ExpiresAt);
        Assert.Equal("24h", batch.CompletionWindow);

        var seen = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            clock.Advance(TimeSpan.FromMilliseconds(500));
            seen.Add(Counts(await client.Batches.RetrieveAsync(batch.Id)));
        }

        Assert.Equal(["validating 0/0/0", "in_progress 1/0/4", "in_progress 2/1/4", "finalizing 3/1/4", "finalizing 3/1/4", "completed 3/1/4"], seen);
        var done = await client.Batches.RetrieveAsync(batch.Id);
        Assert.Equal("gpt-4o-mini", done.Model);
        Assert.Equal(s_start.AddSeconds(1), done.InProgressAt);
        Assert.Equal(s_start.AddSeconds(2), done.FinalizingAt);
        Assert.Equal(s_start.AddSeconds(3), done.CompletedAt);
        Assert.Null(done.Errors);

        var output = await LinesAsync(client, done.OutputFileId!);
        Assert.Equal(["a", "b", "c"], output.Select(line => line.GetProperty("custom_id").GetString()));
        Assert.All(output, line =>
        {
            Assert.Equal(["id", "custom_id", "response", "error"], line.EnumerateObject().Select(p => p.Name));
            Assert.StartsWith("batch_req_", line.GetProperty("id").GetString());
            Assert.Equal(JsonValueKind.Null, line.GetProperty("error").ValueKind);
            Assert.Equal(200, line.GetProperty("response").GetProperty("status_code").GetInt32());
            Assert.Matches("^[0-9a-f]{32}$", line.GetProperty("response").GetProperty("request_id").GetString());
        });
        var body = output[0].GetProperty("response").GetProperty("body");
        Assert.Equal("chat.completion", body.GetProperty("object").GetString());
        Assert.Equal("You said: question a", body.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString());

        var failed = Assert.Single(await LinesAsync(client, done.ErrorFileId!));
        Assert.Equal("bad", failed.GetProperty("custom_id").GetString());
        Assert.Equal(400, failed.GetProperty("response").GetProperty("status_code").GetInt32());
        Assert.Equal(
            """{"error":{"message":"MESSAGE","type":"invalid_request_error","code":"invalid_value","param":"messages"}}""".Replace("MESSAGE", EmptyMessages, StringComparison.Ordinal),
            failed.GetProperty("response").GetProperty("body").GetRawText());
        Assert.Equal(JsonValueKind.Null, failed.GetProperty("error").ValueKind);

        var outputFile = await client.Files.RetrieveAsync(done.OutputFileId!);
        Assert.Equal(FilePurpose.BatchOutput, outputFile.Purpose);
        Assert.Equal($"{batch.Id}_output.jsonl", outputFile.FileName);
        Assert.Equal(s_start.AddSeconds(3), outputFile.CreatedAt);
        Assert.Equal($"{batch.Id}_error.jsonl", (await client.Files.RetrieveAsync(done.ErrorFileId!)).FileName);

        // Usage adds up what the output lines report; the failed line used nothing.
        var usages = output.Select(line => line.GetProperty("response").GetProperty("body").GetProperty("usage")).ToList();
        Assert.Equal(usages.Sum(u => u.GetProperty("prompt_tokens").GetInt64()), done.Usage!.InputTokens);
        Assert.Equal(usages.Sum(u => u.GetProperty("completion_tokens").GetInt64()), done.Usage.OutputTokens);
        Assert.Equal(usages.Sum(u => u.GetProperty("total_tokens").GetInt64()), done.Usage.TotalTokens);
        Assert.True(done.Usage.InputTokens > 0, "the lines reported prompt tokens");

        // The lines ran inside the emulator: no request of theirs reached it over HTTP.
        Assert.DoesNotContain(emulator.Requests, request => request.Path == "chat/completions");
    }

    [Fact]
    public async Task Embedding_lines_run_through_the_embeddings_endpoint_and_read_back_as_their_record()
    {
        var clock = new FakeTimeProvider(s_start);
        await using var emulator = await Emulators.StartAsync(true, new OaiEmulatorOptions { TimeProvider = clock });
        using var client = Emulators.Client(emulator);
        var file = await UploadAsync(client, async writer =>
        {
            await writer.WriteAsync("x", new EmbeddingRequest { Model = "text-embedding-3-small", Input = "red apple", Dimensions = 8 });
            await writer.WriteAsync("y", new EmbeddingRequest { Model = "text-embedding-3-small", Input = "green pear", Dimensions = 8 });
        });
        var batch = await client.Batches.CreateAsync(new BatchRequest { InputFileId = file.Id, Endpoint = BatchEndpoint.Embeddings });

        clock.Advance(TimeSpan.FromSeconds(3));
        var done = await client.Batches.RetrieveAsync(batch.Id);
        Assert.Equal("completed 2/0/2", Counts(done));
        Assert.Null(done.ErrorFileId);

        var results = await client.Batches.ReadResultsAsync<CreateEmbeddingResponse>(done).ToListAsync();
        Assert.Equal(["x", "y"], results.Select(r => r.CustomId));
        var direct = await client.Embeddings.CreateAsync(new EmbeddingRequest { Model = "text-embedding-3-small", Input = "red apple", Dimensions = 8 });
        Assert.Equal(direct.Data[0].Vector.ToArray(), results[0].Body!.Data[0].Vector.ToArray());

        // Read as another endpoint's record, the results are refused rather than read as empty records.
        var wrong = await Assert.ThrowsAsync<OaiInvalidResponseException>(async () => await client.Batches.ReadResultsAsync<ChatCompletion>(done).ToListAsync());
        Assert.Equal(
            $"Line 1 of batch result file {done.OutputFileId} is not a result line of the batch's endpoint: The result with custom_id 'x' has a 'list' body, not the ChatCompletion ('chat.completion') the results are read as: read a batch's results as the record of its endpoint.",
            wrong.Message);
        Assert.IsType<JsonException>(wrong.InnerException);
    }

    [Fact]
    public async Task Lines_the_endpoint_rejects_go_to_the_error_file_with_its_status_and_error()
    {
        var clock = new FakeTimeProvider(s_start);
        await using var emulator = await Emulators.StartAsync(true, new OaiEmulatorOptions { TimeProvider = clock });
        using var client = Emulators.Client(emulator);
        var missingField = await UploadTextAsync(client, string.Join('\n',
            """{"custom_id":"ok","method":"POST","url":"/v1/chat/completions","body":{"model":"gpt-4o-mini","messages":[{"role":"user","content":"Hi"}]}}""",
            """{"custom_id":"no-messages","method":"POST","url":"/v1/chat/completions","body":{"model":"gpt-4o-mini"}}""",
            """{"custom_id":"streamed","method":"POST","url":"/v1/chat/completions","body":{"model":"gpt-4o-mini","messages":[{"role":"user","content":"Hi"}],"stream":true}}"""));
        var unknownModel = await UploadTextAsync(client, string.Join('\n',
            """{"custom_id":"x","method":"POST","url":"/v1/embeddings","body":{"model":"text-embedding-9","input":"a"}}""",
            """{"custom_id":"y","method":"POST","url":"/v1/embeddings","body":{"model":"text-embedding-9","input":"b"}}"""));
        var first = await client.Batches.CreateAsync(new BatchRequest { InputFileId = missingField.Id, Endpoint = BatchEndpoint.ChatCompletions });
        var second = await client.Batches.CreateAsync(new BatchRequest { InputFileId = unknownModel.Id, Endpoint = BatchEndpoint.Embeddings });

        clock.Advance(TimeSpan.FromSeconds(3));
        var mixed = await client.Batches.RetrieveAsync(first.Id);
        Assert.Equal("completed 1/2/3", Counts(mixed));
        var errors = await client.Batches.ReadResultsAsync<ChatCompletion>(mixed).Where(r => !r.IsSuccess).ToListAsync();
        Assert.Equal(
            ["no-messages 400 missing_required_parameter messages Missing required parameter: 'messages'.", "streamed 400 invalid_value stream Streaming is not supported in batch requests."],
            errors.Select(r => $"{r.CustomId} {r.StatusCode} {r.Error!.Code} {r.Error.Param} {r.Error.Message}"));

        var allFailed = await client.Batches.RetrieveAsync(second.Id);
        Assert.Equal("completed 0/2/2", Counts(allFailed));
        Assert.Null(allFailed.OutputFileId);
        var notFound = await client.Batches.ReadResultsAsync<CreateEmbeddingResponse>(allFailed).ToListAsync();
        Assert.All(notFound, r => Assert.Equal((404, "model_not_found", "The model `text-embedding-9` does not exist or you do not have access to it."), (r.StatusCode, r.Error!.Code, r.Error.Message)));
        Assert.Equal(["x", "y"], notFound.Select(r => r.CustomId));
    }

    [Fact]
    public async Task A_malformed_input_file_fails_the_batch_in_validation_with_its_errors()
    {
        var clock = new FakeTimeProvider(s_start);
        await using var emulator = await Emulators.StartAsync(true, new OaiEmulatorOptions { TimeProvider = clock });
        using var client = Emulators.Client(emulator);
        var file = await UploadTextAsync(client, string.Join('\n',
            """{"custom_id":"a","method":"POST","url":"/v1/chat/completions","body":{"model":"gpt-4o-mini","messages":[{"role":"user","content":"Hi"}]}}""",
            "{not json",
            """{"custom_id":"a","method":"POST","url":"/v1/chat/completions","body":{"model":"gpt-4o-mini","messages":[]}}""",
            """{"custom_id":"e","method":"POST","url":"/v1/embeddings","body":{"model":"gpt-4o-mini","input":"x"}}""",
            """{"custom_id":"m","method":"POST","url":"/v1/chat/completions","body":{"model":"gpt-4o","messages":[]}}"""));

        var batch = await client.Batches.CreateAsync(new BatchRequest { InputFileId = file.Id, Endpoint = BatchEndpoint.ChatCompletions });
        Assert.Equal(BatchStatus.Validating, batch.Status);
        Assert.False(batch.TryGetErrors(out _));

        clock.Advance(TimeSpan.FromSeconds(1));
        var failed = await client.Batches.RetrieveAsync(batch.Id);
        Assert.Equal("failed 0/0/0", Counts(failed));
        Assert.Equal(s_start.AddSeconds(1), failed.FailedAt);
        Assert.True(failed.TryGetErrors(out var errors));
        Assert.Equal(
            ["invalid_json_line 2 ", "duplicate_custom_id 3 custom_id", "url_mismatch 4 url", "model_mismatch 5 body.model"],
            errors.Select(e => $"{e.Code} {e.Line} {e.Param}"));
        Assert.Equal("This line is not parseable as valid JSON.", errors[0].Message);

        clock.Advance(TimeSpan.FromMinutes(5));
        var later = await client.Batches.RetrieveAsync(batch.Id);
        Assert.Null(later.OutputFileId);
        Assert.Null(later.ErrorFileId);
    }

    [Fact]
    public async Task Create_checks_the_file_its_purpose_the_endpoint_and_the_window()
    {
        await using var emulator = await Emulators.StartAsync(true);
        using var client = Emulators.Client(emulator);
        var tuning = await UploadTextAsync(client, "{}", FilePurpose.FineTune);
        var input = await UploadTextAsync(client, "{}");

        async Task<OaiApiException> CreateFailsAsync(string fileId, string endpoint, string window) =>
            await Assert.ThrowsAsync<OaiApiException>(() => client.Batches.CreateAsync(
                new BatchRequest { InputFileId = fileId, Endpoint = new BatchEndpoint(endpoint), CompletionWindow = window }));

        var missing = await CreateFailsAsync("file-missing", "/v1/chat/completions", "24h");
        Assert.Equal((404, "No such File object: file-missing", "input_file_id"), ((int)missing.StatusCode, missing.Error!.Message, missing.Error.Param));
        var purpose = await CreateFailsAsync(tuning.Id, "/v1/chat/completions", "24h");
        Assert.Equal((400, "invalid_value", "input_file_id"), ((int)purpose.StatusCode, purpose.Error!.Code, purpose.Error.Param));
        var endpoint = await CreateFailsAsync(input.Id, "/v1/images/variations", "24h");
        Assert.Equal(
            "Invalid value: '/v1/images/variations'. Supported values are: '/v1/responses', '/v1/chat/completions', '/v1/embeddings', '/v1/completions', '/v1/moderations'.",
            endpoint.Error!.Message);
        var window = await CreateFailsAsync(input.Id, "/v1/chat/completions", "1h");
        Assert.Equal(("Invalid value: '1h'. Supported values are: '24h'.", "completion_window"), (window.Error!.Message, window.Error.Param));
        var unknown = await Assert.ThrowsAsync<OaiApiException>(() => client.Batches.RetrieveAsync("batch_missing"));
        Assert.Equal((404, "No batch found with id 'batch_missing'."), ((int)unknown.StatusCode, unknown.Error!.Message));
    }

    [Fact]
    public async Task Batches_list_newest_first_in_pages_with_after_and_has_more()
    {
        await using var emulator = await Emulators.StartAsync(true);
        using var client = Emulators.Client(emulator);
        var input = await UploadTextAsync(client, """{"custom_id":"a","method":"POST","url":"/v1/moderations","body":{"input":"hi"}}""");
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await client.Batches.CreateAsync(new BatchRequest { InputFileId = input.Id, Endpoint = BatchEndpoint.Moderations })).Id);
        }

        var first = await client.Batches.ListAsync(limit: 2).AsPagesAsync().FirstAsync();
        Assert.Equal([ids[2], ids[1]], first.Data.Select(b => b.Id));
        Assert.True(first.HasMore);
        Assert.Equal((ids[2], ids[1]), (first.FirstId, first.LastId));
        Assert.Equal([ids[2], ids[1], ids[0]], await client.Batches.ListAsync(limit: 2).Select(b => b.Id).ToListAsync());
        var last = await client.Batches.ListAsync(after: ids[1], limit: 2).AsPagesAsync().FirstAsync();
        Assert.Equal([ids[0]], last.Data.Select(b => b.Id));
        Assert.False(last.HasMore);
    }

    [Fact]
    public async Task Cancelling_stops_the_lines_not_yet_run_and_ends_in_cancelled_with_what_ran()
    {
        var clock = new FakeTimeProvider(s_start);
        await using var emulator = await Emulators.StartAsync(true, new OaiEmulatorOptions { TimeProvider = clock });
        using var client = Emulators.Client(emulator);
        var batch = await CreateChatBatchAsync(client);

        clock.Advance(TimeSpan.FromMilliseconds(1250));
        var cancelling = await client.Batches.CancelAsync(batch.Id);
        Assert.Equal("cancelling 2/0/4", Counts(cancelling));
        Assert.Equal(s_start.AddSeconds(1), cancelling.CancellingAt);

        clock.Advance(TimeSpan.FromSeconds(1));
        var cancelled = await client.Batches.RetrieveAsync(batch.Id);
        Assert.Equal("cancelled 2/0/4", Counts(cancelled));
        Assert.Equal(s_start.AddSeconds(2), cancelled.CancelledAt);
        Assert.Equal(["a", "b"], (await LinesAsync(client, cancelled.OutputFileId!)).Select(l => l.GetProperty("custom_id").GetString()));
        Assert.Null(cancelled.ErrorFileId);

        var again = await Assert.ThrowsAsync<OaiApiException>(() => client.Batches.CancelAsync(batch.Id));
        Assert.Equal((400, "Cannot cancel a batch with status 'cancelled'."), ((int)again.StatusCode, again.Error!.Message));
    }

    [Fact]
    public async Task A_batch_not_done_within_its_window_expires_and_lists_the_requests_that_never_ran()
    {
        var clock = new FakeTimeProvider(s_start);
        await using var emulator = await Emulators.StartAsync(true, new OaiEmulatorOptions { TimeProvider = clock, BatchStep = TimeSpan.FromHours(16) });
        using var client = Emulators.Client(emulator);
        var batch = await CreateChatBatchAsync(client);

        clock.Advance(TimeSpan.FromHours(24));
        var expired = await client.Batches.RetrieveAsync(batch.Id);
        Assert.Equal("expired 2/2/4", Counts(expired));
        Assert.Equal(s_start.AddHours(24), expired.ExpiredAt);
        var errors = await LinesAsync(client, expired.ErrorFileId!);
        Assert.Equal(["c"], errors.Where(l => l.GetProperty("response").ValueKind == JsonValueKind.Null).Select(l => l.GetProperty("custom_id").GetString()));
        Assert.Equal(
            """{"code":"batch_expired","message":"This request could not be executed before the completion window expired."}""",
            errors[^1].GetProperty("error").GetRawText());
    }

    [Fact]
    public async Task A_batch_step_that_is_not_positive_is_refused()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => OaiEmulator.StartAsync(new OaiEmulatorOptions { InMemory = true, BatchStep = TimeSpan.Zero }));

        Assert.Equal("OaiEmulatorOptions.BatchStep must be positive. (Parameter 'options')", ex.Message);
    }
}
