using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using Oai.Emulator;

namespace Oai.IntegrationTests.Emulator;

/// <summary>Every body the emulator writes is valid under OpenAI's published schema (<c>../shared/openapi/openapi.yaml</c>).</summary>
public sealed class EmulatorWireShapeTests
{
    private const string Training = """{"messages":[{"role":"user","content":"Hi"},{"role":"assistant","content":"Hello"}]}""";

    private static async Task<string> PostAsync(HttpClient http, string path, string body)
    {
        using var response = await http.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"));
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The JSON of each <c>data:</c> event of a stream, <c>[DONE]</c> excluded (and required last).</summary>
    private static async Task<List<string>> StreamAsync(HttpClient http, string path, string body)
    {
        var text = await PostAsync(http, path, body);
        var events = text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Select(e => e["data: ".Length..]).ToList();
        Assert.Equal("[DONE]", events[^1]);
        return events[..^1];
    }

    [Fact]
    public async Task Chat_completions_whole_and_streamed_with_text_tool_calls_and_refusals_match_the_spec()
    {
        await using var emulator = await Emulators.StartAsync(true);
        using var http = new HttpClient(emulator.CreateHandler()) { BaseAddress = emulator.BaseUrl };
        const string Tools = ""","tools":[{"type":"function","function":{"name":"f","parameters":{"type":"object"}}}]""";
        const string Chat = """{"model":"gpt-4o","messages":[{"role":"user","content":"Hi"}]""";

        OpenApiSchemas.AssertValid("CreateChatCompletionResponse", await PostAsync(http, "chat/completions", Chat + "}"));
        emulator.Enqueue(EmulatorReply.ToolCall("f", """{"a":1}"""));
        OpenApiSchemas.AssertValid("CreateChatCompletionResponse", await PostAsync(http, "chat/completions", Chat + Tools + "}"));
        emulator.Enqueue(EmulatorReply.Refusal("No."));
        OpenApiSchemas.AssertValid("CreateChatCompletionResponse", await PostAsync(http, "chat/completions", Chat + "}"));

        emulator.Enqueue(EmulatorReply.ToolCall("f", """{"a":1}"""));
        emulator.Enqueue(EmulatorReply.Refusal("No."));
        var chunks = new List<string>();
        chunks.AddRange(await StreamAsync(http, "chat/completions", Chat + ""","stream":true,"stream_options":{"include_usage":true}}"""));
        chunks.AddRange(await StreamAsync(http, "chat/completions", Chat + Tools + ""","stream":true}"""));
        chunks.AddRange(await StreamAsync(http, "chat/completions", Chat + ""","stream":true}"""));
        Assert.True(chunks.Count > 10);
        Assert.All(chunks, chunk => OpenApiSchemas.AssertValid("CreateChatCompletionStreamResponse", chunk));
    }

    [Fact]
    public async Task Completions_and_embeddings_match_the_spec()
    {
        await using var emulator = await Emulators.StartAsync(true);
        using var http = new HttpClient(emulator.CreateHandler()) { BaseAddress = emulator.BaseUrl };

        OpenApiSchemas.AssertValid("CreateCompletionResponse", await PostAsync(http, "completions", """{"model":"gpt-3.5-turbo-instruct","prompt":"Hi"}"""));
        var chunks = await StreamAsync(http, "completions", """{"model":"gpt-3.5-turbo-instruct","prompt":"Hi there","stream":true,"stream_options":{"include_usage":true}}""");
        // The spec has no schema of its own for legacy stream chunks; as the service does, a chunk before the last has
        // a null finish_reason, which the whole response's schema does not allow.
        Assert.All(chunks, chunk => OpenApiSchemas.AssertValid("CreateCompletionResponse", chunk, "/choices/0/finish_reason"));

        OpenApiSchemas.AssertValid("CreateEmbeddingResponse", await PostAsync(http, "embeddings", """{"model":"text-embedding-3-small","input":["a","b"],"dimensions":4}"""));
        // base64 is a string on the wire, as the service sends it; the spec only describes the float array.
        OpenApiSchemas.AssertValid("CreateEmbeddingResponse", await PostAsync(http, "embeddings", """{"model":"text-embedding-3-small","input":"a","encoding_format":"base64"}"""), "/data/0/embedding");
    }

    [Fact]
    public async Task Files_and_fine_tuning_jobs_events_and_checkpoints_match_the_spec()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        await using var emulator = await Emulators.StartAsync(true, new OaiEmulatorOptions { TimeProvider = clock });
        using var http = new HttpClient(emulator.CreateHandler()) { BaseAddress = emulator.BaseUrl };

        using var form = new MultipartFormDataContent
        {
            { new StringContent("fine-tune"), "purpose" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(Training)), "file", "train.jsonl" },
        };
        using var uploaded = await http.PostAsync("files", form);
        var file = await uploaded.Content.ReadAsStringAsync();
        OpenApiSchemas.AssertValid("OpenAIFile", file);
        var fileId = JsonDocument.Parse(file).RootElement.GetProperty("id").GetString();
        OpenApiSchemas.AssertValid("OpenAIFile", await http.GetStringAsync($"files/{fileId}"));
        OpenApiSchemas.AssertValid("ListFilesResponse", await http.GetStringAsync("files?limit=1"));
        // An empty page has no first or last id: null, where the spec says string (the records read both).
        OpenApiSchemas.AssertValid("ListFilesResponse", await http.GetStringAsync("files?purpose=batch"), "/first_id", "/last_id");

        var job = await PostAsync(http, "fine_tuning/jobs", $$"""{"model":"gpt-4o-mini-2024-07-18","training_file":"{{fileId}}"}""");
        OpenApiSchemas.AssertValid("FineTuningJob", job);
        var jobId = JsonDocument.Parse(job).RootElement.GetProperty("id").GetString();
        clock.Advance(TimeSpan.FromSeconds(3));
        OpenApiSchemas.AssertValid("FineTuningJob", await http.GetStringAsync($"fine_tuning/jobs/{jobId}"));
        clock.Advance(TimeSpan.FromMinutes(1));
        OpenApiSchemas.AssertValid("FineTuningJob", await http.GetStringAsync($"fine_tuning/jobs/{jobId}"));
        OpenApiSchemas.AssertValid("ListPaginatedFineTuningJobsResponse", await http.GetStringAsync("fine_tuning/jobs"));
        OpenApiSchemas.AssertValid("ListFineTuningJobEventsResponse", await http.GetStringAsync($"fine_tuning/jobs/{jobId}/events?limit=50"));
        OpenApiSchemas.AssertValid("ListFineTuningJobCheckpointsResponse", await http.GetStringAsync($"fine_tuning/jobs/{jobId}/checkpoints"));

        using var deleted = await http.DeleteAsync($"files/{fileId}");
        OpenApiSchemas.AssertValid("DeleteFileResponse", await deleted.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Models_moderations_and_batches_match_the_spec()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        await using var emulator = await Emulators.StartAsync(true, new OaiEmulatorOptions { TimeProvider = clock });
        using var http = new HttpClient(emulator.CreateHandler()) { BaseAddress = emulator.BaseUrl };

        OpenApiSchemas.AssertValid("ListModelsResponse", await http.GetStringAsync("models"));
        OpenApiSchemas.AssertValid("Model", await http.GetStringAsync("models/gpt-4o-mini"));
        OpenApiSchemas.AssertValid("CreateModerationResponse", await PostAsync(http, "moderations", """{"input":["kill","hello"]}"""));
        OpenApiSchemas.AssertValid("CreateModerationResponse", await PostAsync(http, "moderations", """{"input":[{"type":"text","text":"a"},{"type":"image_url","image_url":{"url":"https://example.com/a.png"}}]}"""));

        using var form = new MultipartFormDataContent
        {
            { new StringContent("batch"), "purpose" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes("""{"custom_id":"a","method":"POST","url":"/v1/chat/completions","body":{"model":"gpt-4o-mini","messages":[{"role":"user","content":"Hi"}]}}""")), "file", "in.jsonl" },
        };
        using var uploaded = await http.PostAsync("files", form);
        var fileId = JsonDocument.Parse(await uploaded.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();
        var created = await PostAsync(http, "batches", $$"""{"input_file_id":"{{fileId}}","endpoint":"/v1/chat/completions","completion_window":"24h"}""");
        // Until they are known the service sends null for these, where the spec says string or integer (as recorded).
        string[] unset = ["/model", "/errors", "/output_file_id", "/error_file_id", "/in_progress_at", "/finalizing_at", "/completed_at", "/failed_at", "/expired_at", "/cancelling_at", "/cancelled_at"];
        OpenApiSchemas.AssertValid("Batch", created, unset);
        var batchId = JsonDocument.Parse(created).RootElement.GetProperty("id").GetString();
        clock.Advance(TimeSpan.FromSeconds(3));
        OpenApiSchemas.AssertValid("Batch", await http.GetStringAsync($"batches/{batchId}"), "/errors", "/error_file_id", "/failed_at", "/expired_at", "/cancelling_at", "/cancelled_at");
        OpenApiSchemas.AssertValid("ListBatchesResponse", await http.GetStringAsync("batches"), [.. new[] { "/errors", "/error_file_id", "/failed_at", "/expired_at", "/cancelling_at", "/cancelled_at" }.Select(path => "/data/0" + path)]);
    }

    [Fact]
    public void The_check_itself_rejects_a_body_that_breaks_the_spec()
    {
        using var missingChoices = JsonDocument.Parse("""{"id":"x","object":"chat.completion","created":1,"model":"m"}""");
        using var wrongType = JsonDocument.Parse("""{"error":{"message":1,"type":"t","param":null,"code":null}}""");

        Assert.Contains(OpenApiSchemas.Errors("CreateChatCompletionResponse", missingChoices.RootElement), error => error.Contains("choices"));
        Assert.Contains(OpenApiSchemas.Errors("ErrorResponse", wrongType.RootElement), error => error.StartsWith("/error/message "));
    }

    [Fact]
    public async Task Error_bodies_match_the_spec()
    {
        await using var emulator = await Emulators.StartAsync(true, new OaiEmulatorOptions { RequestsPerMinute = 1 });
        using var http = new HttpClient(emulator.CreateHandler()) { BaseAddress = emulator.BaseUrl };

        // Unknown model (404), then over the budget of one request a minute (429), then an unknown file and a wrong method.
        OpenApiSchemas.AssertValid("ErrorResponse", await PostAsync(http, "chat/completions", """{"model":"nope","messages":[]}"""));
        OpenApiSchemas.AssertValid("ErrorResponse", await PostAsync(http, "chat/completions", """{"model":"gpt-4o","messages":[]}"""));
        using var missing = await http.GetAsync("files/file-missing");
        OpenApiSchemas.AssertValid("ErrorResponse", await missing.Content.ReadAsStringAsync());
        using var wrong = await http.PutAsync("files", new StringContent("{}"));
        OpenApiSchemas.AssertValid("ErrorResponse", await wrong.Content.ReadAsStringAsync());
    }
}
