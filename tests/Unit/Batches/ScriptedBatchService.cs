using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using Oai.UnitTests.Pipeline;
using RichardSzalay.MockHttp;

namespace Oai.UnitTests.Batches;

/// <summary>A batch service over MockHttp: takes the upload, creates <c>batch_1</c>, answers each poll with the next
/// scripted status, serves the output and error files, and records every request.</summary>
internal sealed class ScriptedBatchService : IDisposable
{
    private readonly string[] _statuses;
    private int _polls;

    public ScriptedBatchService(string outputLines, string? errorLines, params string[] statuses)
    {
        _statuses = statuses;
        Mock.When(HttpMethod.Post, TestClients.BaseUrl + "files").Respond(async request =>
        {
            Uploaded = await request.Content!.ReadAsStringAsync();
            Log.Enqueue("POST files");
            return Recorder.Json("""{"id":"file-in","object":"file","bytes":10,"created_at":1,"filename":"in.jsonl","purpose":"batch"}""");
        });
        Mock.When(HttpMethod.Post, TestClients.BaseUrl + "batches").Respond(async request =>
        {
            CreateBody = await request.Content!.ReadAsStringAsync();
            Log.Enqueue("POST batches");
            return Recorder.Json(BatchJson.Batch("batch_1", "validating"));
        });
        Mock.When(HttpMethod.Post, TestClients.BaseUrl + "batches/batch_1/cancel").Respond(_ =>
        {
            Log.Enqueue("POST batches/batch_1/cancel");
            return Recorder.Json(BatchJson.Batch("batch_1", "cancelling"));
        });
        Mock.When(HttpMethod.Get, TestClients.BaseUrl + "batches/batch_1").Respond(_ =>
        {
            var poll = Interlocked.Increment(ref _polls) - 1;
            var status = _statuses[Math.Min(poll, _statuses.Length - 1)];
            Log.Enqueue($"GET batches/batch_1 {status}");
            var done = status is "completed" or "expired" or "cancelled";
            return Recorder.Json(status switch
            {
                "in_progress" => BatchJson.Batch("batch_1", status, total: 3, completed: poll, failed: 0),
                _ => BatchJson.Batch("batch_1", status, 3, 1, 1, done ? "file-out" : null, done && errorLines is not null ? "file-err" : null),
            });
        });
        Mock.When(HttpMethod.Get, TestClients.BaseUrl + "files/file-out/content").Respond(_ => Lines("file-out", outputLines));
        Mock.When(HttpMethod.Get, TestClients.BaseUrl + "files/file-err/content").Respond(_ => Lines("file-err", errorLines ?? string.Empty));
        Mock.When(HttpMethod.Get, TestClients.BaseUrl + "files/file-in/content").Respond(_ => Lines("file-in", InputForResume));
    }

    public MockHttpMessageHandler Mock { get; } = new();

    public ConcurrentQueue<string> Log { get; } = new();

    public string? Uploaded { get; private set; }

    public string? CreateBody { get; private set; }

    public string InputForResume { get; set; } = string.Empty;

    public int Polls => Volatile.Read(ref _polls);

    public void Dispose() => Mock.Dispose();

    private HttpResponseMessage Lines(string fileId, string text)
    {
        Log.Enqueue($"GET files/{fileId}/content");
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(text, Encoding.UTF8, "application/jsonl") };
    }
}
