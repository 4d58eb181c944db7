using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Oai.Chat;
using Oai.UnitTests.TestSupport;

namespace Oai.UnitTests.Responses;

/// <summary>The whole call's hand-written reader (<see cref="ChatCompletionReader"/>) reads exactly what the
/// source-generated serializer reads: the same records from every recorded chat completion, and on damaged or unusual
/// completions the same records or the same failure, at the same JSON path.</summary>
public sealed class ChatCompletionReaderTests
{
    public static TheoryData<string> RecordedCompletions()
    {
        var data = new TheoryData<string>();
        foreach (var completion in RecordedChatCompletions())
        {
            data.Add(completion);
        }

        return data;
    }

    public static TheoryData<string> UnusualCompletions() =>
    [
        """{}""",
        """{"id":null,"object":null,"created":1,"model":null,"choices":null,"usage":null,"service_tier":null,"system_fingerprint":null}""",
        """{"choices":[null,{"index":1,"message":null},null]}""",
        """{"choices":[{"index":0,"message":{"role":null,"content":null,"refusal":null,"tool_calls":null,"annotations":null,"audio":null,"function_call":null},"logprobs":null,"finish_reason":null}]}""",
        """{"choices":[{"index":0,"message":{"role":"assistant","content":null,"tool_calls":[null,{"id":"call_1","type":"function","function":{"name":"f","arguments":"{\"a\":1}"}},{"id":"c2","type":"custom","custom":{"name":"g","input":"x"}},{"id":"c3","type":"future_tool","x":[1]}]},"finish_reason":"tool_calls"}]}""",
        """{"choices":[{"index":0,"message":{"content":"see","annotations":[{"type":"url_citation","url_citation":{"start_index":0,"end_index":3,"url":"https://e.x","title":"t"}},null,{"type":"new_kind","n":1}]}}]}""",
        """{"choices":[{"index":0,"message":{"function_call":{"name":"legacy","arguments":"{}","more":true},"audio":{"id":"a1","data":"AAA=","expires_at":1,"transcript":"hi"}}}]}""",
        """{"choices":[{"index":0,"message":{"role":"critic"},"finish_reason":"some_new_reason"},{"index":1,"message":{},"finish_reason":"stop"}]}""",
        """{"object":"chat.completion.v2","service_tier":"flex","choices":[],"usage":{"prompt_tokens":1,"completion_tokens":2,"total_tokens":3,"future_tokens":4}}""",
        """{"usage":{"prompt_tokens":null,"prompt_tokens_details":null,"completion_tokens_details":null}}""",
        """{"usage":{"prompt_tokens_details":{"cached_tokens":5,"audio_tokens":null,"x":"y"},"completion_tokens_details":{"reasoning_tokens":1,"audio_tokens":2,"accepted_prediction_tokens":3,"rejected_prediction_tokens":4,"z":[]}}}""",
        """{"object":7,"service_tier":true,"choices":[{"index":0,"message":{"role":false},"finish_reason":12}]}""",
        """{"id":"a","id":"b","model":"m1","model":"m2","extra":"x","extra":"y","choices":[{"index":0},{"index":1}]}""",
        """{"usage_metrics":{"a":[null,true,1.5,"s",{"b":{}}]},"n":null,"e":[],"o":{}}""",
        """{"\u0069d":"escaped name","m\u006fdel":"x","choices":[{"ind\u0065x":3,"m\u0065ssage":{"cont\u0065nt":"esc\u00e9aped \ud83d\ude00"}}]}""",
        """{"ID":"case differs","Choices":[1,2],"choices":[]}""",
        """  {"id":"whitespace"}  """,
        """{"choices":[{"logprobs":{"content":[{"token":"a","logprob":-0.1,"bytes":[97],"top_logprobs":[]}],"refusal":null},"index":0,"message":{"content":"a"}}]}""",
        """{"created":9007199254740993,"choices":[{"index":-2147483648}]}""",
        "null",
    ];

    public static TheoryData<string> DamagedCompletions() =>
    [
        "",
        "   ",
        "{",
        "{\"id\":\"a\"",
        "{\"id\":\"a\"} x",
        "{\"id\":\"a\"}{}",
        "[]",
        "\"completion\"",
        "42",
        "{\"id\":42}",
        "{\"id\":[\"a\"]}",
        "{\"model\":{}}",
        "{\"created\":\"1770950813\"}",
        "{\"created\":1.5}",
        "{\"created\":null}",
        "{\"object\":{}}",
        "{\"choices\":{}}",
        "{\"choices\":[1]}",
        "{\"choices\":[{\"index\":\"0\"}]}",
        "{\"choices\":[{\"index\":null}]}",
        "{\"choices\":[{\"index\":0},{\"index\":1.0}]}",
        "{\"choices\":[{\"message\":[]}]}",
        "{\"choices\":[{\"message\":\"hi\"}]}",
        "{\"choices\":[{\"message\":{\"content\":5}}]}",
        "{\"choices\":[{\"message\":{\"content\":\"\\ud800\"}}]}",
        "{\"choices\":[{\"message\":{\"role\":{}}}]}",
        "{\"choices\":[{\"message\":{\"tool_calls\":{}}}]}",
        "{\"choices\":[{\"message\":{\"tool_calls\":[{\"type\":\"function\",\"function\":{\"arguments\":{}}}]}}]}",
        "{\"choices\":[{\"message\":{\"tool_calls\":[{\"id\":\"c\"},{\"type\":\"function\",\"id\":7}]}}]}",
        "{\"choices\":[{\"message\":{\"annotations\":[{\"type\":\"url_citation\",\"url_citation\":[]}]}}]}",
        "{\"choices\":[{\"message\":{\"annotations\":\"none\"}}]}",
        "{\"choices\":[{\"message\":{\"tool_calls\":[{\"type\":\"function\",}]}}]}",
        "{\"choices\":[{\"message\":{\"tool_calls\":[{\"type\":\"function\",\"function\":{\"name\":\"f\"},}]}}]}",
        "{\"choices\":[{\"message\":{\"tool_calls\":[{\"type\":\"mystery\",\"x\":\"\\ud800\"}]}}]}",
        "{\"choices\":[{\"message\":{\"tool_calls\":[{\"type\":5,\"x\":]}]}}]}",
        "{\"choices\":[{\"message\":{\"audio\":[]}}]}",
        "{\"choices\":[{\"message\":{\"function_call\":\"f\"}}]}",
        "{\"choices\":[{\"finish_reason\":{}}]}",
        "{\"choices\":[{\"logprobs\":[]}]}",
        "{\"usage\":[]}",
        "{\"usage\":{\"prompt_tokens\":\"1\"}}",
        "{\"usage\":{\"total_tokens\":2147483648}}",
        "{\"usage\":{\"completion_tokens_details\":{\"reasoning_tokens\":1.5}}}",
        "{\"usage\":{\"prompt_tokens_details\":[]}}",
        "{\"extra\":\"\\udc00\"}",
        "{\"extra\":{\"\\ud800\":1}}",
        "{\"\\ud800\":1}",
        "{\"choices\":[{\"message\":{\"extra\":[\"\\udfff\"]}}]}",
        "{\"id\":tru}",
        "{\"id\":\"a\",}",
        "{'id':'a'}",
        "{\"id\":\"a\" /* comment */}",
    ];

    [Theory]
    [MemberData(nameof(RecordedCompletions))]
    public void Every_recorded_completion_reads_as_the_serializer_reads_it(string json) => AssertSameOutcome(Encoding.UTF8.GetBytes(json));

    [Theory]
    [MemberData(nameof(UnusualCompletions))]
    public void Unusual_completions_read_as_the_serializer_reads_them(string json) => AssertSameOutcome(Encoding.UTF8.GetBytes(json));

    [Theory]
    [MemberData(nameof(DamagedCompletions))]
    public void Damaged_completions_fail_as_the_serializer_fails(string json)
    {
        ReaderAgreement.AssertSerializerRejects(Encoding.UTF8.GetBytes(json), RecordsJsonContext.Default.ChatCompletion);
        AssertSameOutcome(Encoding.UTF8.GetBytes(json));
    }

    [Fact]
    public void Invalid_UTF8_in_a_string_or_an_unknown_field_fails_as_the_serializer_fails()
    {
        foreach (var json in new[]
        {
            """{"id":"ab__cd"}""",
            """{"system_fingerprint":"ab__cd"}""",
            """{"extra":"ab__cd"}""",
            """{"choices":[{"message":{"content":"x__"}}]}""",
            """{"choices":[{"message":{"tool_calls":[{"type":"function","function":{"name":"x__"}}]}}]}""",
        })
        {
            var bytes = ReaderAgreement.WithInvalidUtf8(json);
            ReaderAgreement.AssertSerializerRejects(bytes, RecordsJsonContext.Default.ChatCompletion);
            AssertSameOutcome(bytes);
        }
    }

    [Fact]
    public void Every_recording_holds_chat_completions_to_compare()
    {
        // The theory above would pass vacuously if the recordings moved or changed shape.
        Assert.True(RecordedChatCompletions().Count() >= 10, "Expected at least ten recorded chat completions under shared/recordings.");
    }

    [Fact]
    public void Known_open_values_are_not_allocated_again()
    {
        var json = """{"object":"chat.completion","service_tier":"default","choices":[{"index":0,"message":{"role":"assistant","content":"a"},"finish_reason":"stop"}]}"""u8;
        var first = ChatCompletionReader.Read(json)!;
        var second = ChatCompletionReader.Read(json)!;

        Assert.Same(first.Object.Value, second.Object.Value);
        Assert.Same(first.ServiceTier!.Value.Value, second.ServiceTier!.Value.Value);
        Assert.Same(first.Choices[0].Message.Role.Value, second.Choices[0].Message.Role.Value);
        Assert.Same(first.Choices[0].FinishReason!.Value.Value, second.Choices[0].FinishReason!.Value.Value);
    }

    [Fact]
    public void Unknown_fields_are_kept_as_sent_and_behave_as_a_dictionary()
    {
        var completion = ChatCompletionReader.Read("""{"id":"c","extra":"first","usage_metrics":{"a":[1,"b"]},"extra":"last","choices":[{"index":0,"message":{"content":"a","reasoning":{"steps":2}},"score":0.5}]}"""u8)!;
        var fields = completion.AdditionalProperties!;

        Assert.Equal(2, fields.Count);
        Assert.Equal("last", fields["extra"].GetString());
        Assert.Equal("""{"a":[1,"b"]}""", fields["usage_metrics"].GetRawText());
        Assert.Equal("0.5", completion.Choices[0].AdditionalProperties!["score"].GetRawText());
        Assert.Equal("""{"steps":2}""", completion.Choices[0].Message.AdditionalProperties!["reasoning"].GetRawText());
        fields["added"] = JsonDocument.Parse("true").RootElement;
        Assert.True(fields.Remove("extra"), "Expected the dictionary to be writable, as the serializer's is.");
        Assert.Equal("""{"id":"c","object":"chat.completion","created":0,"model":"","choices":[{"index":0,"message":{"role":"assistant","content":"a","tool_calls":[],"annotations":[],"reasoning":{"steps":2}},"score":0.5}],"usage_metrics":{"a":[1,"b"]},"added":true}""",
            JsonSerializer.Serialize(completion, RecordsJsonContext.Default.ChatCompletion));
    }

    private static void AssertSameOutcome(byte[] json) => ReaderAgreement.AssertSameOutcome(
        json,
        RecordsJsonContext.Default.ChatCompletion,
        static bytes => ChatCompletionReader.Read(bytes),
        static completion => JsonSerializer.Serialize(completion, RecordsJsonContext.Default.ChatCompletion),
        static completion => completion.Choices
            .SelectMany(c => new[] { c.AdditionalProperties, c.Message.AdditionalProperties })
            .Prepend(completion.Usage?.AdditionalProperties)
            .Prepend(completion.AdditionalProperties));

    private static IEnumerable<string> RecordedChatCompletions()
    {
        var root = SharedFiles.Path("recordings");
        foreach (var file in Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            foreach (var entry in Recording.LoadEntries(Path.GetRelativePath(root, file).Split(Path.DirectorySeparatorChar)))
            {
                if (!entry.IsStream && entry.ResponseBody.ValueKind == JsonValueKind.Object
                    && entry.ResponseBody.TryGetProperty("object", out var kind) && kind.ValueEquals("chat.completion"))
                {
                    yield return entry.BodyJson;
                }
            }
        }
    }
}
