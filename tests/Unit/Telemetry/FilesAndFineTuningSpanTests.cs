using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Oai.Files;
using Oai.UnitTests.Files;
using Oai.UnitTests.FineTuning;
using Oai.UnitTests.Pipeline;
using OpenTelemetry;
using OpenTelemetry.Trace;
using RichardSzalay.MockHttp;

namespace Oai.UnitTests.Telemetry;

/// <summary>Spans of Files and fine-tuning calls through the real OpenTelemetry SDK: exact attributes, one span per page.</summary>
[Collection("Telemetry")]
public sealed class FilesAndFineTuningSpanTests
{
    private readonly TracedCalls _traced = new();

    private RequestOptions Options() => _traced.Options();

    private Task<List<Activity>> TraceAsync(Func<Task> calls) => _traced.TraceAsync(calls);

    private static Dictionary<string, object?> Tags(Activity activity) => TracedCalls.Tags(activity);

    private static Dictionary<string, object?> Common(string operation) => TracedCalls.Common(operation);

    [Fact]
    public async Task Files_create_records_purpose_id_and_size_but_no_name_or_content()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(_ => Recorder.Json(FileUploadTests.FileJson));
        using var client = TestClients.Create(mock);

        var spans = await TraceAsync(async () =>
        {
            using var content = new MemoryStream("{\"a\":1}\n{}\n"u8.ToArray());
            await client.Files.CreateAsync(content, "données-訓練.jsonl", FilePurpose.FineTune, options: Options());
        });

        var span = Assert.Single(spans);
        Assert.Equal("files.create", span.DisplayName);
        Assert.Equal(ActivityKind.Client, span.Kind);
        Assert.Equal(ActivityStatusCode.Unset, span.Status);
        var expected = Common("files.create");
        expected["openai.file.purpose"] = "fine-tune";
        expected["openai.file.id"] = "file-abc";
        expected["openai.file.bytes"] = 11L;
        Assert.Equal(expected, Tags(span));
    }

    [Fact]
    public async Task Files_list_traces_one_span_per_page_fetched()
    {
        using var mock = new MockHttpMessageHandler();
        var page = 0;
        mock.When("*").Respond(_ => Recorder.Json(++page switch
        {
            1 => FileListingAndContentTests.Page(true, "file-1"),
            2 => FileListingAndContentTests.Page(true, "file-2"),
            _ => FileListingAndContentTests.Page(false, "file-3"),
        }));
        using var client = TestClients.Create(mock);

        var spans = await TraceAsync(async () =>
            Assert.Equal(3, await client.Files.ListAsync(purpose: FilePurpose.Batch, options: Options()).CountAsync()));

        Assert.Equal(3, spans.Count);
        var expected = Common("files.list");
        expected["openai.file.purpose"] = "batch";
        Assert.All(spans, span =>
        {
            Assert.Equal("files.list", span.DisplayName);
            Assert.Equal(expected, Tags(span));
        });
        Assert.Equal(3, spans.Select(s => s.SpanId).Distinct().Count());
    }

    [Fact]
    public async Task Fine_tuning_jobs_retrieve_records_the_job_its_status_tokens_and_base_model()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(_ => Recorder.Json(FineTuningJson.Job("succeeded", "ft:gpt-4o-mini:org::abc", trainedTokens: 1234)));
        using var client = TestClients.Create(mock);

        var spans = await TraceAsync(() => client.FineTuning.Jobs.RetrieveAsync("ftjob-1", Options()));

        var span = Assert.Single(spans);
        Assert.Equal("fine_tuning.jobs.retrieve", span.DisplayName);
        var expected = Common("fine_tuning.jobs.retrieve");
        expected["openai.fine_tuning.job.id"] = "ftjob-1";
        expected["gen_ai.request.model"] = "gpt-4o-mini-2024-07-18";
        expected["openai.fine_tuning.job.status"] = "succeeded";
        expected["openai.fine_tuning.trained_tokens"] = 1234L;
        Assert.Equal(expected, Tags(span));
    }

    [Fact]
    public async Task Fine_tuning_jobs_create_names_the_span_after_the_base_model_and_maps_a_400()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(_ => Recorder.Json(
            """{"error":{"message":"Model gpt-nonexistent is not available","type":"invalid_request_error","param":null,"code":"model_not_available"}}""",
            HttpStatusCode.BadRequest));
        using var client = TestClients.Create(mock);

        var spans = await TraceAsync(() => Assert.ThrowsAsync<OaiApiException>(() => client.FineTuning.Jobs.CreateAsync(
            new Oai.FineTuning.FineTuningJobRequest { Model = "gpt-nonexistent", TrainingFile = "file-train" }, Options())));

        var span = Assert.Single(spans);
        Assert.Equal("fine_tuning.jobs.create gpt-nonexistent", span.DisplayName);
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        var expected = Common("fine_tuning.jobs.create");
        expected["gen_ai.request.model"] = "gpt-nonexistent";
        expected["error.type"] = "400";
        Assert.Equal(expected, Tags(span));
    }

    [Fact]
    public async Task Files_content_span_ends_when_the_stream_is_read_to_the_end_or_with_an_error_when_left_early()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(new byte[1000]) });
        using var client = TestClients.Create(mock);

        var spans = await TraceAsync(async () =>
        {
            await using (var whole = await client.Files.ContentAsync("file-1", Options()))
            {
                await whole.CopyToAsync(Stream.Null);
            }

            await using var partial = await client.Files.ContentAsync("file-2", Options());
            await partial.ReadExactlyAsync(new byte[10]);
        });

        Assert.Equal(2, spans.Count);
        var read = spans.Single(s => (string?)s.GetTagItem("openai.file.id") == "file-1");
        var left = spans.Single(s => (string?)s.GetTagItem("openai.file.id") == "file-2");
        var expected = Common("files.content");
        expected["openai.file.id"] = "file-1";
        expected["openai.file.bytes"] = 1000L;
        Assert.Equal(expected, Tags(read));
        Assert.Equal(ActivityStatusCode.Unset, read.Status);
        Assert.Equal("stream_closed_early", left.GetTagItem("error.type"));
        Assert.Equal(ActivityStatusCode.Error, left.Status);
    }

    [Fact]
    public async Task Openai_attributes_are_left_out_for_an_azure_endpoint()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(_ => Recorder.Json(FileUploadTests.FileJson));
        using var client = TestClients.Create(mock, o => o.BaseUrl = new Uri("https://res.openai.azure.com/openai/v1/"));

        var spans = await TraceAsync(() => client.Files.RetrieveAsync("file-abc", Options()));

        Assert.Equal(
            ["gen_ai.operation.name", "gen_ai.provider.name", "server.address", "server.port"],
            Tags(Assert.Single(spans)).Keys.Order(StringComparer.Ordinal));
    }
}
