using System;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;

namespace Oai.UnitTests.Robustness;

internal sealed partial class ScenarioGenerator
{
    /// <summary>Null items where the client walks a list: <c>"choices":[null]</c>, <c>"tool_calls":[null]</c>,
    /// <c>"data":[null]</c> (on a list page with <c>has_more</c> true and no <c>last_id</c>).</summary>
    private static string NullItems(ReplyDraft draft, BodyKind kind, Random random)
    {
        (string Name, string? Under)[] targets =
        [
            ("choices", null), ("tool_calls", "message"), ("tool_calls", "delta"), ("data", null), ("annotations", null),
            ("content", "logprobs"), ("result_files", null), ("integrations", null), ("top_logprobs", null),
        ];
        var (name, under) = targets[random.Next(targets.Length)];
        var all = kind == BodyKind.EventStream && random.Next(2) == 0;
        return MutateJson(draft, kind, random, (root, _) =>
        {
            var touched = JsonMutations.NullItems(root, name, under);
            if (name == "data" && root is JsonObject page && page.ContainsKey("has_more"))
            {
                page["data"] = new JsonArray((JsonNode?)null);
                page["has_more"] = true;
                page.Remove("last_id");
                page.Remove("first_id");
                return "\"data\":[null], has_more true, no last_id";
            }

            return touched > 0 ? $"\"{name}\":[null] ({touched}x)" : JsonMutations.NullArrayElement(root, random);
        }) + (all ? " (one event)" : string.Empty);
    }

    /// <summary>An <c>error</c> event inside the stream, with or without an <c>event: error</c> line, with or without
    /// an <c>error</c> object; the service's own message, code and type quote the API key.</summary>
    private static (string Description, Expectation Expect) SseErrorEvent(ReplyDraft draft, string key, Random random)
    {
        var sse = SseBody.Parse(draft.Text);
        var position = random.Next(0, sse.DoneIndex + 1);
        var inner = $$"""{"message":"The server had an error while processing your request (key {{key}}).","type":"server_error","param":null,"code":"{{key}}"}""";
        var (ev, description) = random.Next(4) switch
        {
            0 => (SseBody.Event($$"""{"error":{{inner}}}""", "error"), "event: error with an error object"),
            1 => (SseBody.Event(inner, "error"), "event: error whose data has no error object"),
            2 => (SseBody.Event($$"""{"error":{{inner}}}"""), "data: {\"error\":...} without an event line"),
            _ => (SseBody.Event("""{"message":"overloaded"}""", "error"), "event: error with a bare message"),
        };
        sse.Events.Insert(position, ev);
        draft.Text = sse.ToString();
        return ($"{description}, as event {position + 1}", Expectation.ApiError);
    }

    /// <summary>What a conforming SSE parser skips: comments, retry and id lines, CRLF line ends.</summary>
    private static string SseNoise(ReplyDraft draft, Random random)
    {
        var sse = SseBody.Parse(draft.Text);
        string[] noise = [": keep-alive\n\n", "retry: 3000\n\n", ": " + new string('.', 100) + "\n\n", "id: 42\n\n"];
        var inserted = 0;
        for (var i = 0; i < 3; i++)
        {
            sse.Events.Insert(random.Next(0, sse.DoneIndex + 1), noise[random.Next(noise.Length)]);
            inserted++;
        }

        var text = sse.ToString();
        var crlf = random.Next(2) == 0;
        draft.Text = crlf ? text.Replace("\n", "\r\n", StringComparison.Ordinal) : text;
        return $"{inserted} comment/retry/id events{(crlf ? ", CRLF line ends" : string.Empty)}";
    }

    private static string InvalidUtf8(ReplyDraft draft, Random random)
    {
        byte[][] invalid = [[0xFF], [0xC3, 0x28], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xE2, 0x82], [0xC0, 0xAF]];
        var bytes = draft.Bytes;
        var objects = Enumerable.Range(0, bytes.Length).Where(i => bytes[i] == (byte)'{').ToList();
        if (objects.Count > 0 && random.Next(2) == 0)
        {
            // In a field nobody models: kept as a JsonElement for the user to read later.
            var open = objects[random.Next(objects.Count)] + 1;
            var badValue = invalid[random.Next(invalid.Length)];
            var closesAtOnce = open < bytes.Length && bytes[open] == (byte)'}';
            byte[] field = [.. "\"robustness_extra\":\""u8, .. badValue, .. (closesAtOnce ? "\""u8 : "\","u8)];
            draft.Bytes = [.. bytes[..open], .. field, .. bytes[open..]];
            return $"unknown field robustness_extra holding bytes {Convert.ToHexString(badValue)}, in the object at {open - 1}";
        }

        var quotes = Enumerable.Range(0, bytes.Length).Where(i => bytes[i] == (byte)'"').ToList();
        var at = quotes.Count > 0 ? quotes[random.Next(quotes.Count)] + 1 : random.Next(0, bytes.Length + 1);
        var bad = invalid[random.Next(invalid.Length)];
        draft.Bytes = [.. bytes[..at], .. bad, .. bytes[at..]];
        return $"bytes {Convert.ToHexString(bad)} inserted at {at}";
    }

    private static string CorruptEncoding(ReplyDraft draft, Random random)
    {
        var encoding = Compression.Encodings[random.Next(3)];
        var encoded = Compression.Encode(draft.Bytes, encoding);
        draft.ContentEncoding = encoding;
        switch (encoded.Length == 0 ? 2 : random.Next(3))
        {
            case 0:
                var cut = random.Next(0, encoded.Length);
                draft.Bytes = encoded[..cut];
                return $"{encoding} stream cut at byte {cut} of {encoded.Length}";
            case 1:
                for (var i = 0; i < 4; i++)
                {
                    encoded[random.Next(encoded.Length)] ^= (byte)random.Next(1, 256);
                }

                draft.Bytes = encoded;
                return $"{encoding} body with 4 flipped bytes";
            default:
                draft.Bytes = [.. Encoding.ASCII.GetBytes("garbage"), .. encoded];
                return $"{encoding} body after 7 bytes of garbage";
        }
    }
}
