using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Oai.Chat;
using Oai.UnitTests.TestSupport;

namespace Oai.UnitTests.Responses;

/// <summary>The stream's hand-written chunk reader (<see cref="ChatChunkReader"/>) reads exactly what the
/// source-generated serializer reads: the same records from every recorded chat stream chunk, and on damaged or unusual
/// chunks the same records or the same failure, at the same JSON path.</summary>
public sealed class ChatChunkReaderTests
{
    public static TheoryData<string> RecordedChunks()
    {
        var data = new TheoryData<string>();
        foreach (var chunk in RecordedChatChunks())
        {
            data.Add(chunk);
        }

        return data;
    }

    public static TheoryData<string> UnusualChunks() =>
    [
        """{}""",
        """{"id":null,"object":null,"created":1,"model":null,"choices":null,"usage":null,"service_tier":null,"system_fingerprint":null}""",
        """{"choices":[null,{"index":1,"delta":null},null]}""",
        """{"choices":[{"index":0,"delta":{"content":null,"role":null,"refusal":null,"tool_calls":null,"function_call":null},"logprobs":null,"finish_reason":null}]}""",
        """{"choices":[{"index":0,"delta":{"tool_calls":[null,{"index":0,"id":"call_1","type":"function","function":{"name":"f","arguments":"{\"a\":"}}]}}]}""",
        """{"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":null},{"index":1,"type":"custom","extra":{"x":[1,2]}}]}}]}""",
        """{"choices":[{"index":0,"delta":{"function_call":{"name":"legacy","arguments":"{}","more":true}}}]}""",
        """{"choices":[{"index":0,"delta":{"role":"assistant"},"finish_reason":"some_new_reason"},{"index":1,"delta":{"role":"critic"},"finish_reason":"stop"}]}""",
        """{"object":"chat.completion.chunk.v2","service_tier":"flex","choices":[],"usage":{"prompt_tokens":1,"completion_tokens":2,"total_tokens":3}}""",
        """{"object":7,"service_tier":true,"choices":[{"index":0,"delta":{"role":false},"finish_reason":12}]}""",
        """{"id":"a","id":"b","model":"m1","model":"m2","obfuscation":"x","obfuscation":"y","choices":[{"index":0},{"index":1}]}""",
        """{"obfuscation":"pad","usage_metrics":{"a":[null,true,1.5,"s",{"b":{}}]},"n":null,"e":[],"o":{}}""",
        """{"\u0069d":"escaped name","m\u006fdel":"x","choices":[{"ind\u0065x":3,"delta":{"cont\u0065nt":"esc\u00e9aped \ud83d\ude00"}}]}""",
        """{"ID":"case differs","Choices":[1,2],"choices":[]}""",
        """  {"id":"whitespace"}  """,
        """{"choices":[{"logprobs":{"content":[{"token":"a","logprob":-0.1,"bytes":[97],"top_logprobs":[]}],"refusal":null},"index":0,"delta":{}}]}""",
        """{"error":{"message":"m","type":"server_error","param":null,"code":"c"}}""",
        """{"created":9007199254740993,"choices":[{"index":-2147483648}]}""",
        "null",
    ];

    public static TheoryData<string> DamagedChunks() =>
    [
        "",
        "   ",
        "{",
        "{\"id\":\"a\"",
        "{\"id\":\"a\"} x",
        "{\"id\":\"a\"}{}",
        "[]",
        "\"chunk\"",
        "42",
        "{\"id\":42}",
        "{\"id\":[\"a\"]}",
        "{\"model\":{}}",
        "{\"created\":\"1770950813\"}",
        "{\"created\":1.5}",
        "{\"created\":null}",
        "{\"object\":{}}",
        "{\"object\":[]}",
        "{\"choices\":{}}",
        "{\"choices\":\"none\"}",
        "{\"choices\":[1]}",
        "{\"choices\":[{\"index\":\"0\"}]}",
        "{\"choices\":[{\"index\":null}]}",
        "{\"choices\":[{\"index\":2147483648}]}",
        "{\"choices\":[{\"index\":0},{\"index\":1.0}]}",
        "{\"choices\":[{\"delta\":[]}]}",
        "{\"choices\":[{\"delta\":{\"content\":5}}]}",
        "{\"choices\":[{\"delta\":{\"content\":\"\\ud800\"}}]}",
        "{\"choices\":[{\"delta\":{\"role\":{}}}]}",
        "{\"choices\":[{\"delta\":{\"tool_calls\":{}}}]}",
        "{\"choices\":[{\"delta\":{\"tool_calls\":[{\"index\":\"x\"}]}}]}",
        "{\"choices\":[{\"delta\":{\"tool_calls\":[{\"function\":{\"arguments\":{}}}]}}]}",
        "{\"choices\":[{\"delta\":{\"tool_calls\":[{\"function\":[]}]}}]}",
        "{\"choices\":[{\"delta\":{\"function_call\":\"f\"}}]}",
        "{\"choices\":[{\"finish_reason\":{}}]}",
        "{\"choices\":[{\"logprobs\":[]}]}",
        "{\"usage\":[]}",
        "{\"usage\":{\"prompt_tokens\":\"1\"}}",
        "{\"error\":\"boom\"}",
        "{\"obfuscation\":\"\\udc00\"}",
        "{\"extra\":{\"\\ud800\":1}}",
        "{\"\\ud800\":1}",
        "{\"choices\":[{\"delta\":{\"extra\":[\"\\udfff\"]}}]}",
        "{\"id\":tru}",
        "{\"id\":\"a\",}",
        "{'id':'a'}",
        "{\"id\":\"a\" /* comment */}",
    ];

    [Theory]
    [MemberData(nameof(RecordedChunks))]
    public void Every_recorded_chunk_reads_as_the_serializer_reads_it(string json) => AssertSameOutcome(json);

    [Theory]
    [MemberData(nameof(UnusualChunks))]
    public void Unusual_chunks_read_as_the_serializer_reads_them(string json) => AssertSameOutcome(json);

    [Theory]
    [MemberData(nameof(DamagedChunks))]
    public void Damaged_chunks_fail_as_the_serializer_fails(string json)
    {
        ReaderAgreement.AssertSerializerRejects(Encoding.UTF8.GetBytes(json), RecordsJsonContext.Default.ChatCompletionChunk);
        AssertSameOutcome(json);
    }

    [Fact]
    public void Invalid_UTF8_in_a_string_or_an_unknown_field_fails_as_the_serializer_fails()
    {
        foreach (var field in new[] { "id", "model", "system_fingerprint", "obfuscation" })
        {
            AssertSameOutcome(ReaderAgreement.WithInvalidUtf8($$"""{"{{field}}":"ab__cd"}"""));
        }

        var content = Encoding.UTF8.GetBytes("""{"choices":[{"delta":{"content":"x__"}}]}""");
        content[content.AsSpan().IndexOf("__"u8)] = 0xFF;
        AssertSameOutcome(content);
    }

    [Fact]
    public void Strings_that_repeat_on_every_chunk_are_one_string_per_stream()
    {
        var reader = new ChatChunkReader();
        var first = reader.Read("""{"id":"chatcmpl-1","model":"gpt-4o","system_fingerprint":"fp_1","object":"chat.completion.chunk","service_tier":"default","choices":[{"index":0,"delta":{"content":"a"},"finish_reason":null}]}"""u8)!;
        var second = reader.Read("""{"id":"chatcmpl-1","model":"gpt-4o","system_fingerprint":"fp_1","object":"chat.completion.chunk","service_tier":"default","choices":[{"index":0,"delta":{"content":"b"},"finish_reason":null}]}"""u8)!;
        var changed = reader.Read("""{"id":"chatcmpl-2","model":"gpt-4o","choices":[]}"""u8)!;

        Assert.Same(first.Id, second.Id);
        Assert.Same(first.Model, second.Model);
        Assert.Same(first.SystemFingerprint, second.SystemFingerprint);
        Assert.Same(first.Object.Value, second.Object.Value);
        Assert.Same(first.ServiceTier!.Value.Value, second.ServiceTier!.Value.Value);
        Assert.Equal("chatcmpl-2", changed.Id);
        Assert.Same(first.Model, changed.Model);
        Assert.Equal(["a", "b"], new[] { first, second }.Select(c => c.Choices[0].Delta.Content));
    }

    [Fact]
    public void Unknown_fields_are_kept_as_sent_and_behave_as_a_dictionary()
    {
        var chunk = new ChatChunkReader().Read("""{"id":"c","obfuscation":"XxwhkDiU7MNUsY","usage_metrics":{"a":[1,"b"]},"obfuscation":"last"}"""u8)!;
        var fields = chunk.AdditionalProperties!;

        Assert.Equal(2, fields.Count);
        Assert.Equal("last", fields["obfuscation"].GetString());
        Assert.Equal("""{"a":[1,"b"]}""", fields["usage_metrics"].GetRawText());
        Assert.Equal(["obfuscation", "usage_metrics"], fields.Keys.Order(StringComparer.Ordinal));
        fields["added"] = JsonDocument.Parse("true").RootElement;
        Assert.True(fields.Remove("obfuscation"), "Expected the dictionary to be writable, as the serializer's is.");
        Assert.Equal("""{"id":"c","object":"chat.completion.chunk","created":0,"model":"","choices":[],"usage_metrics":{"a":[1,"b"]},"added":true}""",
            JsonSerializer.Serialize(chunk, RecordsJsonContext.Default.ChatCompletionChunk));
    }

    [Fact]
    public void A_choice_without_a_delta_reads_an_empty_delta_equal_to_one_set_explicitly()
    {
        var read = new ChatChunkReader().Read("""{"choices":[{"index":0}]}"""u8)!.Choices[0];

        Assert.NotNull(read.Delta);
        Assert.Null(read.Delta.Content);
        Assert.Empty(read.Delta.ToolCalls);
        Assert.Equal(new ChatChunkChoice { Index = 0, Delta = new ChatDelta() }, read);
        Assert.Equal(new ChatChunkChoice { Index = 0 }.Delta, new ChatDelta());
    }

    private static void AssertSameOutcome(string json) => AssertSameOutcome(Encoding.UTF8.GetBytes(json));

    private static void AssertSameOutcome(byte[] json) => ReaderAgreement.AssertSameOutcome(
        json,
        RecordsJsonContext.Default.ChatCompletionChunk,
        static bytes => new ChatChunkReader().Read(bytes),
        static chunk => JsonSerializer.Serialize(chunk, RecordsJsonContext.Default.ChatCompletionChunk) + " error=" + (chunk.Error is null ? "null" : JsonSerializer.Serialize(chunk.Error, RecordsJsonContext.Default.ApiError)),
        static chunk => chunk.Choices.SelectMany(c => new[] { c.AdditionalProperties, c.Delta.AdditionalProperties }).Prepend(chunk.AdditionalProperties));

    private static IEnumerable<string> RecordedChatChunks()
    {
        var root = SharedFiles.Path("recordings");
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            if (!text.Contains("chat.completion.chunk", StringComparison.Ordinal))
            {
                continue;
            }

            var streams = file.EndsWith(".json", StringComparison.Ordinal)
                ? Recording.LoadEntries(Path.GetRelativePath(root, file).Split(Path.DirectorySeparatorChar)).Where(e => e.IsStream).Select(e => e.StreamText)
                : [text];
            foreach (var stream in streams)
            {
                foreach (var payload in Recording.DataPayloads(stream, out _))
                {
                    if (payload.Contains("chat.completion.chunk", StringComparison.Ordinal))
                    {
                        yield return payload;
                    }
                }
            }
        }
    }
}
