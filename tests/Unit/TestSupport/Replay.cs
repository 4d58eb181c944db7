using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;
using Oai.UnitTests.Pipeline;
using RichardSzalay.MockHttp;

namespace Oai.UnitTests.TestSupport;

/// <summary>One recorded exchange with its request: method, the path and query after <c>/v1/</c>, JSON body if any.</summary>
internal sealed record ReplayEntry(HttpMethod Method, string PathAndQuery, JsonElement? RequestBody, int StatusCode, string ResponseJson);

/// <summary>Serves an openai-dotnet session record through MockHttp, in order, checking that each request the client
/// sends has the recorded method, path, query and (for JSON) body.</summary>
internal sealed class Replay
{
    private readonly ConcurrentQueue<ReplayEntry> _entries;

    private Replay(IEnumerable<ReplayEntry> entries)
    {
        _entries = new ConcurrentQueue<ReplayEntry>(entries);
    }

    public int Remaining => _entries.Count;

    public static Replay Load(MockHttpMessageHandler mock, params string[] parts)
    {
        using var doc = JsonDocument.Parse(SharedFiles.ReadRecording(parts));
        var entries = doc.RootElement.GetProperty("Entries").EnumerateArray().Select(e =>
        {
            var uri = new Uri(e.GetProperty("RequestUri").GetString()!);
            var body = e.GetProperty("RequestBody");
            return new ReplayEntry(
                new HttpMethod(e.GetProperty("RequestMethod").GetString()!),
                uri.PathAndQuery["/v1/".Length..],
                body.ValueKind == JsonValueKind.Object ? body.Clone() : null,
                e.GetProperty("StatusCode").GetInt32(),
                e.GetProperty("ResponseBody").GetRawText());
        }).ToList();
        var replay = new Replay(entries);
        mock.Fallback.Respond(async request =>
        {
            Assert.True(replay._entries.TryDequeue(out var entry), $"Unexpected extra request {request.Method} {request.RequestUri}.");
            var sent = request.RequestUri!.PathAndQuery[new Uri(TestClients.BaseUrl).AbsolutePath.Length..];
            Assert.Equal($"{entry.Method} {entry.PathAndQuery}", $"{request.Method} {sent}");
            if (entry.RequestBody is { } expected)
            {
                var actual = await request.Content!.ReadAsStringAsync();
                RequestJson.Equal(expected.GetRawText(), actual);
            }

            // A stream was recorded as its SSE frames: serve them joined, as an event stream.
            using var recorded = JsonDocument.Parse(entry.ResponseJson);
            return recorded.RootElement.ValueKind == JsonValueKind.Array
                ? Recorder.Sse(string.Concat(recorded.RootElement.EnumerateArray().Select(f => f.GetString())))
                : Recorder.Json(entry.ResponseJson, (HttpStatusCode)entry.StatusCode);
        });
        return replay;
    }
}
