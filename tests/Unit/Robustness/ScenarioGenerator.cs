using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace Oai.UnitTests.Robustness;

/// <summary>Generates the cases of one seed: each case is a function of (seed, case number) alone, so any case can be
/// regenerated on its own from the numbers a failure report prints.</summary>
internal sealed partial class ScenarioGenerator(int seed)
{
    public const string SkKey = "sk-test-ROBUSTKEY1234567890abcdef";
    public const string PlainKey = "key-robust-7Q9x2Lm4Pz";

    private static readonly RobustOperation[] s_operations = Enum.GetValues<RobustOperation>();
    private static readonly MutationKind[] s_kinds = Enum.GetValues<MutationKind>();

    public static BodyKind KindOf(RobustOperation operation) => operation switch
    {
        RobustOperation.ChatStream or RobustOperation.CompletionStream => BodyKind.EventStream,
        RobustOperation.FilesContent or RobustOperation.FilesContentBytes or RobustOperation.FilesDownloadToFile => BodyKind.Content,
        _ => BodyKind.Json,
    };

    public static bool IsPaged(RobustOperation operation) => operation is RobustOperation.FilesList or RobustOperation.JobsList
        or RobustOperation.JobsListEvents or RobustOperation.JobsListCheckpoints;

    /// <summary>Generates one case; <paramref name="allowed"/> limits the mutations (the loopback test picks its own).</summary>
    public Scenario Generate(int caseNumber, IReadOnlyList<MutationKind>? allowed = null)
    {
        var random = new Random(unchecked((seed * 1_000_003) + caseNumber));
        var operation = s_operations[random.Next(s_operations.Length)];
        var kind = KindOf(operation);
        var seeds = Corpus.Instance.For(operation);
        var seedReply = seeds[random.Next(seeds.Count)];
        var key = random.Next(2) == 0 ? SkKey : PlainKey;
        var (bodies, cursors) = IsPaged(operation) ? ListPages.Split(seedReply.Body, random) : ([seedReply.Body], [null]);
        var drafts = bodies.Select(body => new ReplyDraft(seedReply, body)).ToList();

        var roll = random.NextDouble();
        var count = roll < 0.06 ? 0 : roll < 0.66 ? 1 : roll < 0.9 ? 2 : 3;
        var pool = allowed ?? s_kinds;

        // Streams are a tenth of the operations: a third of their mutations are drawn from the stream-only ones.
        var streamPool = pool.Where(k => k is MutationKind.SseErrorEvent or MutationKind.SseNoDone or MutationKind.SseNoise or MutationKind.Stall).ToList();
        var chosen = Enumerable.Range(0, count)
            .Select(_ => (Kind: kind == BodyKind.EventStream && streamPool.Count > 0 && random.Next(3) == 0
                    ? streamPool[random.Next(streamPool.Count)]
                    : pool[random.Next(pool.Count)],
                Target: random.Next(drafts.Count)))
            .OrderBy(m => m.Kind)
            .ToList();

        var mutations = new List<string>();
        var expect = count == 0 ? Expectation.Success : Expectation.Any;
        foreach (var (mutation, target) in chosen)
        {
            var where = drafts.Count > 1 ? $"on page {target + 1}, " : string.Empty;
            var (applied, description, expected) = Apply(mutation, drafts[target], kind, key, random);
            mutations.Add($"{applied}: {where}{description}");
            if (count == 1)
            {
                expect = expected;
            }
        }

        int? breakAfter = (kind == BodyKind.EventStream || IsPaged(operation)) && random.Next(12) == 0 ? random.Next(0, 4) : null;
        int? cancelAfter = random.Next(40) == 0 ? random.Next(0, 20) : null;
        var capture = random.Next(3) == 0 ? ContentCaptureMode.SpanAndEvent : ContentCaptureMode.None;
        return new Scenario
        {
            Seed = seed,
            CaseNumber = caseNumber,
            Operation = operation,
            Source = seedReply.Source,
            Replies = drafts.Select(d => d.Build()).ToList(),
            Cursors = cursors,
            Mutations = mutations,
            ApiKey = key,
            Expect = breakAfter is null && cancelAfter is null ? expect : Expectation.Any,
            BreakAfter = breakAfter,
            CancelAfterMs = cancelAfter,
            ContentCapture = capture,
        };
    }

    /// <summary>Applies one mutation to a reply; returns the mutation applied (a stream-only one drawn for another body
    /// becomes a JSON one), what it did, and what a case with only this mutation must end in.</summary>
    private static (MutationKind Applied, string Description, Expectation Expect) Apply(MutationKind mutation, ReplyDraft draft, BodyKind kind, string key, Random random)
    {
        if (mutation is MutationKind.SseErrorEvent or MutationKind.SseNoDone or MutationKind.SseNoise && kind != BodyKind.EventStream)
        {
            mutation = MutationKind.JsonStructure;
        }

        var (description, expect) = ApplyKind(mutation, draft, kind, key, random);
        return (mutation, description, expect);
    }

    private static (string Description, Expectation Expect) ApplyKind(MutationKind mutation, ReplyDraft draft, BodyKind kind, string key, Random random)
    {
        switch (mutation)
        {
            case MutationKind.ErrorStatus:
                return (ErrorReplies.Apply(draft, key, random), Expectation.ApiError);
            case MutationKind.JsonStructure:
                return (MutateJson(draft, kind, random, JsonMutations.Apply), Expectation.Any);
            case MutationKind.NullItems:
                return (NullItems(draft, kind, random), Expectation.Any);
            case MutationKind.SseErrorEvent:
                return SseErrorEvent(draft, key, random);
            case MutationKind.SseNoDone:
                {
                    var sse = SseBody.Parse(draft.Text);
                    sse.Events.RemoveAll(e => e == SseBody.Done);
                    draft.Text = sse.ToString();
                    return ("the stream ends cleanly without [DONE]", Expectation.Failure);
                }

            case MutationKind.SseNoise:
                return (SseNoise(draft, random), Expectation.Success);
            case MutationKind.Truncate:
                {
                    var bytes = draft.Bytes;
                    var limit = kind == BodyKind.EventStream ? DoneOffset(draft) : bytes.Length - 1;
                    var cut = random.Next(0, Math.Max(0, limit) + 1);
                    draft.Bytes = bytes[..Math.Min(cut, bytes.Length)];
                    return ($"body cut at byte {cut} of {bytes.Length}", kind == BodyKind.Content || bytes.Length == 0 ? Expectation.Any : Expectation.Failure);
                }

            case MutationKind.InvalidUtf8:
                return (InvalidUtf8(draft, random), Expectation.Any);
            case MutationKind.EmptyBody:
                draft.Bytes = [];
                return ("empty body", kind == BodyKind.Content ? Expectation.Any : Expectation.Failure);
            case MutationKind.BadCharset:
                {
                    var media = (draft.ContentType ?? "application/json").Split(';')[0];
                    draft.ContentType = $"{media}; charset={(random.Next(3) switch { 0 => "nope", 1 => "\"utf-99\"", _ => "x-unknown-8" })}";
                    return ($"Content-Type {draft.ContentType}", Expectation.Any);
                }

            case MutationKind.WrongContentType:
                draft.ContentType = new[] { "text/html; charset=utf-8", "application/octet-stream", "text/plain", "text/event-stream", "application/json", "application/xml", "nonsense" }[random.Next(7)];
                return ($"Content-Type {draft.ContentType}", Expectation.Any);
            case MutationKind.KeyInRequestId:
                draft.SetHeader("x-request-id", random.Next(2) == 0 ? key : $"req_{key}_abc");
                return ("the API key in x-request-id", Expectation.Any);
            case MutationKind.HugeRequestId:
                draft.SetHeader("x-request-id", random.Next(2) == 0 ? new string('r', JsonMutations.HugeLength) : key + new string('r', JsonMutations.HugeLength));
                return ("a 1 MB x-request-id", Expectation.Any);
            case MutationKind.LyingEncoding:
                draft.ContentEncoding = Compression.Encodings[random.Next(3)];
                return ($"Content-Encoding {draft.ContentEncoding} on plain bytes", Expectation.Any);
            case MutationKind.CorruptEncoding:
                return (CorruptEncoding(draft, random), Expectation.Any);
            case MutationKind.RealEncoding:
                draft.ContentEncoding = Compression.Encodings[random.Next(3)];
                draft.Bytes = Compression.Encode(draft.Bytes, draft.ContentEncoding);
                return ($"body correctly encoded with {draft.ContentEncoding}", Expectation.SuccessIfDecoded);
            case MutationKind.Stall:
                {
                    var length = draft.Bytes.Length;
                    var limit = kind == BodyKind.EventStream ? DoneOffset(draft) : length - 1;
                    draft.End = BodyEnd.Stall;
                    draft.Cutoff = random.Next(0, Math.Max(0, limit) + 1);
                    return ($"the server stalls after {draft.Cutoff} of {length} bytes", Expectation.Failure);
                }

            case MutationKind.Drop:
                {
                    var length = draft.Bytes.Length;
                    draft.End = BodyEnd.Drop;
                    draft.Cutoff = random.Next(0, Math.Max(1, length));
                    return ($"the connection drops after {draft.Cutoff} of {length} bytes", length == 0 ? Expectation.Any : Expectation.Failure);
                }

            default:
                throw new ArgumentOutOfRangeException(nameof(mutation), mutation, "unknown mutation");
        }
    }

    private static int DoneOffset(ReplyDraft draft) => SseBody.Parse(draft.Text).DoneOffset();

    private static string MutateJson(ReplyDraft draft, BodyKind kind, Random random, Func<JsonNode, Random, string> mutate)
    {
        if (kind == BodyKind.EventStream && draft.Status < 400)
        {
            var sse = SseBody.Parse(draft.Text);
            var events = sse.JsonEvents();
            if (events.Count == 0)
            {
                return "(no JSON event to mutate)";
            }

            var index = events[random.Next(events.Count)];
            var node = sse.ParseEvent(index)!;
            var what = mutate(node, random);
            sse.SetEvent(index, node);
            draft.Text = sse.ToString();
            return $"event {index + 1}: {what}";
        }

        JsonNode? root;
        try
        {
            root = JsonNode.Parse(draft.Text);
        }
        catch (System.Text.Json.JsonException)
        {
            return "(body is not JSON)";
        }

        if (root is null)
        {
            return "(body is null)";
        }

        var description = mutate(root, random);
        draft.Text = root.ToJsonString();
        return description;
    }
}
