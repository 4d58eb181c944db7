using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Oai.UnitTests.TestSupport;

namespace Oai.UnitTests.Robustness;

/// <summary>The recorded real traffic the robustness test mutates, sorted by the operation that receives it.</summary>
/// <remarks>openai-dotnet session records (Chat, ChatTool, Embeddings, Files, FineTuning) and the openai-python chat
/// streams, read in place from <c>../shared/recordings</c>. The legacy completions endpoint has no recording there; its
/// stream is the project's fixture <c>tests/Unit/Fixtures/legacy-completion-stream.sse</c>, and each of its chunks
/// (which has the shape of a whole completion) doubles as a whole-completion body.</remarks>
internal sealed class Corpus
{
    private static readonly Lazy<Corpus> s_instance = new(Load);

    private readonly Dictionary<RobustOperation, List<SeedReply>> _seeds = [];

    private Corpus()
    {
        foreach (var operation in Enum.GetValues<RobustOperation>())
        {
            _seeds[operation] = [];
        }
    }

    public static Corpus Instance => s_instance.Value;

    /// <summary>Gets the recorded error responses (4xx with OpenAI error bodies).</summary>
    public List<SeedReply> Errors { get; } = [];

    public IReadOnlyList<SeedReply> For(RobustOperation operation) => _seeds[operation];

    private static Corpus Load()
    {
        var corpus = new Corpus();
        string[] folders = ["ChatTests", "ChatToolTests", "EmbeddingsTests", "FilesTests", "FineTuningClientTests"];
        foreach (var folder in folders)
        {
            var directory = SharedFiles.Path("recordings", "openai-dotnet", folder);
            foreach (var file in Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal))
            {
                corpus.AddSessionRecord($"openai-dotnet/{folder}/{Path.GetFileName(file)}", File.ReadAllText(file));
            }
        }

        foreach (var file in Directory.GetFiles(SharedFiles.Path("recordings", "openai-python"), "*.sse").Order(StringComparer.Ordinal))
        {
            corpus.Add(RobustOperation.ChatStream, $"openai-python/{Path.GetFileName(file)}", 200, "text/event-stream; charset=utf-8", [], File.ReadAllText(file));
        }

        var legacy = Fixtures.Read("legacy-completion-stream.sse");
        const string LegacySource = "tests/Unit/Fixtures/legacy-completion-stream.sse";
        corpus.Add(RobustOperation.CompletionStream, LegacySource, 200, "text/event-stream; charset=utf-8", [], legacy);
        var chunk = 0;
        foreach (var payload in Recording.DataPayloads(legacy, out _))
        {
            chunk++;
            corpus.Add(RobustOperation.CompletionCreate, $"{LegacySource} (chunk {chunk} as a whole body)", 200, "application/json", [], payload);
        }

        // File content is raw bytes: recorded bodies of every kind stand in for a downloaded file.
        foreach (var seed in corpus._seeds[RobustOperation.FilesRetrieve].Concat(corpus._seeds[RobustOperation.JobsListEvents]).Concat(corpus._seeds[RobustOperation.ChatStream].Take(2)))
        {
            foreach (var operation in (RobustOperation[])[RobustOperation.FilesContent, RobustOperation.FilesContentBytes, RobustOperation.FilesDownloadToFile])
            {
                corpus._seeds[operation].Add(seed with { ContentType = "application/octet-stream" });
            }
        }

        foreach (var operation in Enum.GetValues<RobustOperation>())
        {
            Assert.True(corpus._seeds[operation].Count > 0, $"Expected at least one recorded response for {operation}.");
        }

        return corpus;
    }

    private void AddSessionRecord(string source, string json)
    {
        using var document = JsonDocument.Parse(json);
        var number = 0;
        foreach (var entry in document.RootElement.GetProperty("Entries").EnumerateArray())
        {
            number++;
            var status = entry.GetProperty("StatusCode").GetInt32();
            var method = entry.GetProperty("RequestMethod").GetString()!;
            var path = new Uri(entry.GetProperty("RequestUri").GetString()!).AbsolutePath["/v1/".Length..];
            var headers = ReadHeaders(entry, out var contentType);
            var body = entry.GetProperty("ResponseBody");
            var text = body.ValueKind == JsonValueKind.Array
                ? string.Concat(body.EnumerateArray().Select(frame => frame.GetString()))
                : body.GetRawText();
            var where = $"{source} entry {number} ({method} {path})";
            if (status >= 400)
            {
                Errors.Add(new SeedReply(where, status, contentType, headers, text));
                continue;
            }

            foreach (var operation in OperationsFor(method, path, body.ValueKind == JsonValueKind.Array))
            {
                Add(operation, where, status, contentType, headers, text);
            }
        }
    }

    private static IEnumerable<RobustOperation> OperationsFor(string method, string path, bool stream)
    {
        var segments = path.Split('/');
        return (method, segments) switch
        {
            ("POST", ["chat", "completions"]) => [stream ? RobustOperation.ChatStream : RobustOperation.ChatCreate],
            ("POST", ["embeddings"]) => [RobustOperation.EmbeddingsCreate],
            ("POST", ["files"]) => [RobustOperation.FilesCreate, RobustOperation.FilesRetrieve],
            ("GET", ["files", _]) => [RobustOperation.FilesRetrieve, RobustOperation.FilesCreate],
            ("GET", ["files"]) => [RobustOperation.FilesList],
            ("DELETE", ["files", _]) => [RobustOperation.FilesDelete],
            ("POST", ["fine_tuning", "jobs"]) or ("GET", ["fine_tuning", "jobs", _]) or ("POST", ["fine_tuning", "jobs", _, _]) =>
                [RobustOperation.JobsCreate, RobustOperation.JobsRetrieve, RobustOperation.JobsCancel, RobustOperation.JobsPause, RobustOperation.JobsResume],
            ("GET", ["fine_tuning", "jobs"]) => [RobustOperation.JobsList],
            ("GET", ["fine_tuning", "jobs", _, "events"]) => [RobustOperation.JobsListEvents],
            ("GET", ["fine_tuning", "jobs", _, "checkpoints"]) => [RobustOperation.JobsListCheckpoints],
            _ => [],
        };
    }

    /// <summary>The recorded headers the service itself sets (<c>x-*</c>, <c>openai-*</c>); framing headers are the
    /// server's business, since the body is about to change length.</summary>
    private static List<KeyValuePair<string, string>> ReadHeaders(JsonElement entry, out string contentType)
    {
        contentType = "application/json";
        var headers = new List<KeyValuePair<string, string>>();
        if (!entry.TryGetProperty("ResponseHeaders", out var recorded) || recorded.ValueKind != JsonValueKind.Object)
        {
            return headers;
        }

        foreach (var header in recorded.EnumerateObject())
        {
            var value = header.Value.ValueKind == JsonValueKind.String ? header.Value.GetString()! : header.Value.GetRawText();
            if (header.Name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                contentType = value;
            }
            else if (header.Name.StartsWith("x-", StringComparison.OrdinalIgnoreCase)
                || header.Name.StartsWith("openai-", StringComparison.OrdinalIgnoreCase))
            {
                headers.Add(new(header.Name, value));
            }
        }

        return headers;
    }

    private void Add(RobustOperation operation, string source, int status, string contentType, List<KeyValuePair<string, string>> headers, string body) =>
        _seeds[operation].Add(new SeedReply(source, status, contentType, headers, body));
}
