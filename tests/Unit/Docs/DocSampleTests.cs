using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Oai.UnitTests.FineTuning;
using Oai.UnitTests.Pipeline;
using Oai.UnitTests.TestSupport;
using RichardSzalay.MockHttp;

namespace Oai.UnitTests.Docs;

/// <summary>The samples quoted in docs/files.md and docs/fine-tuning.md run against MockHttp (DocSnippetTests checks the quotes).</summary>
public sealed class DocSampleTests
{
    [Fact]
    public async Task The_fine_tuning_sample_uploads_trains_follows_events_and_asks_the_new_model()
    {
        var recorder = new Recorder();
        using var mock = new MockHttpMessageHandler();
        recorder.Route(mock.When(HttpMethod.Post, TestClients.BaseUrl + "files"), _ => Recorder.Json(Files.FileListingAndContentTests.File("file-train")));
        recorder.Route(mock.When(HttpMethod.Post, TestClients.BaseUrl + "fine_tuning/jobs"), _ => Recorder.Json(FineTuningJson.Job("validating_files")));
        recorder.Route(mock.When(TestClients.BaseUrl + "fine_tuning/jobs/ftjob-1/events*"), _ => Recorder.Json(FineTuningJson.Events(
            false, FineTuningJson.Event("ev-2", "The job has successfully completed", 1758850000), FineTuningJson.Event("ev-1", "Validating training file", 1758849620))));
        recorder.Route(mock.When(TestClients.BaseUrl + "fine_tuning/jobs/ftjob-1"), _ => Recorder.Json(FineTuningJson.Job("succeeded", "ft:gpt-4o-mini-2024-07-18:org:support:abc")));
        recorder.Route(mock.When(TestClients.BaseUrl + "chat/completions"), _ => Recorder.Json(TestClients.CompletionJson));
        using var client = TestClients.Create(mock);
        var path = Path.Combine(Path.GetTempPath(), $"train-{Guid.NewGuid():N}.jsonl");
        await File.WriteAllTextAsync(path, """{"messages":[{"role":"user","content":"Hi"},{"role":"assistant","content":"Hello"}]}""" + "\n");
        using var log = new StringWriter();
        try
        {
            var answer = await FineTuningDocSamples.FineTuneAndAskAsync(client, path, log);
            Assert.Equal("Hello!", answer);
        }
        finally
        {
            File.Delete(path);
        }

        Assert.Equal(
            ["[info] Validating training file", "[info] The job has successfully completed"],
            log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd()[l.IndexOf('[', StringComparison.Ordinal)..]));
        Assert.Contains("\"model\":\"ft:gpt-4o-mini-2024-07-18:org:support:abc\"", recorder.Requests[^1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_files_sample_uploads_lists_downloads_and_deletes()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When(HttpMethod.Post, TestClients.BaseUrl + "files").Respond(_ => Recorder.Json(Files.FileUploadTests.FileJson));
        mock.When(TestClients.BaseUrl + "files/file-abc/content").Respond(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(new byte[11]) });
        mock.When(HttpMethod.Delete, TestClients.BaseUrl + "files/file-abc").Respond(_ => Recorder.Json("""{"object":"file","deleted":true,"id":"file-abc"}"""));
        mock.When(TestClients.BaseUrl + "files").Respond(_ => Recorder.Json(Files.FileListingAndContentTests.Page(false, "file-abc")));
        using var client = TestClients.Create(mock);
        var path = Path.Combine(Path.GetTempPath(), $"download-{Guid.NewGuid():N}.jsonl");
        using var data = new MemoryStream(new byte[11]);
        try
        {
            Assert.Equal(11, await FineTuningDocSamples.FilesRoundTripAsync(client, data, path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
