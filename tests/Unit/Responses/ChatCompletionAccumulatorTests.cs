using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Oai.Chat;

namespace Oai.UnitTests.Responses;

/// <summary>Folding hand-written chunk sequences: several choices, parallel tool calls, logprobs, partial streams.</summary>
public sealed class ChatCompletionAccumulatorTests
{
    private static ChatCompletionChunk Chunk(string choicesJson, string extra = "")
    {
        string json = $$"""{"id":"chatcmpl-x","object":"chat.completion.chunk","created":1727346171,"model":"gpt-4o","system_fingerprint":"fp_1","service_tier":"flex"{{extra}},"choices":{{choicesJson}}}""";
        return JsonSerializer.Deserialize(json, RecordsJsonContext.Default.ChatCompletionChunk)!;
    }

    private static ChatCompletionAccumulator Feed(params ChatCompletionChunk[] chunks)
    {
        var accumulator = new ChatCompletionAccumulator();
        foreach (ChatCompletionChunk chunk in chunks)
        {
            accumulator.Append(chunk);
        }

        return accumulator;
    }

    [Fact]
    public void TwoChoices_Interleaved_FoldByIndex()
    {
        ChatCompletionAccumulator accumulator = Feed(
            Chunk("""[{"index":1,"delta":{"role":"assistant","content":""}},{"index":0,"delta":{"role":"assistant","content":""}}]"""),
            Chunk("""[{"index":0,"delta":{"content":"Hel"}}]"""),
            Chunk("""[{"index":1,"delta":{"content":"Good"}}]"""),
            Chunk("""[{"index":0,"delta":{"content":"lo"}},{"index":1,"delta":{"content":"bye"}}]"""),
            Chunk("""[{"index":1,"delta":{},"finish_reason":"length"}]"""));

        Assert.Equal("Hello", accumulator.Text);
        Assert.Equal("Goodbye", accumulator.GetText(1));
        Assert.Equal(string.Empty, accumulator.GetText(7));
        Assert.Equal([null, FinishReason.Length], accumulator.FinishReasons);

        accumulator.Append(Chunk("""[{"index":0,"delta":{},"finish_reason":"stop"}]"""));
        accumulator.Append(Chunk("[]", extra: ""","usage":{"prompt_tokens":5,"completion_tokens":4,"total_tokens":9}"""));
        ChatCompletion built = accumulator.Build();

        Assert.Equal([FinishReason.Stop, FinishReason.Length], accumulator.FinishReasons);
        Assert.Equal([0, 1], built.Choices.Select(c => c.Index));
        Assert.Equal("Hello", built.Choices[0].Message.Content);
        Assert.Equal("Goodbye", built.Choices[1].Message.Content);
        Assert.True(built.Choices[1].IsStoppedForLength, "Expected choice 1 to keep its own finish reason.");
        Assert.Equal(ObjectKind.ChatCompletion, built.Object);
        Assert.Equal("chatcmpl-x", built.Id);
        Assert.Equal("gpt-4o", built.Model);
        Assert.Equal(1727346171L, built.Created);
        Assert.Equal("fp_1", built.SystemFingerprint);
        Assert.Equal(ServiceTier.Flex, built.ServiceTier);
        Assert.Equal(9, built.Usage!.TotalTokens);
    }

    [Fact]
    public void ParallelToolCalls_ArgumentsJoinedPerCall_IdAndNameFromFirstFragment()
    {
        ChatCompletionAccumulator accumulator = Feed(
            Chunk("""[{"index":0,"delta":{"role":"assistant","content":null,"tool_calls":[{"index":0,"id":"call_a","type":"function","function":{"name":"get_weather","arguments":""}}]}}]"""),
            Chunk("""[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"{\"city\":"}}]}}]"""),
            Chunk("""[{"index":0,"delta":{"tool_calls":[{"index":1,"id":"call_b","type":"function","function":{"name":"get_time","arguments":"{\"tz\""}}]}}]"""),
            Chunk("""[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"\"Paris\"}"}},{"index":1,"function":{"arguments":":\"CET\"}"}}]}}]"""),
            Chunk("""[{"index":0,"delta":{},"finish_reason":"tool_calls"}]"""));

        ChatChoice choice = Assert.Single(accumulator.Build().Choices);

        Assert.True(choice.IsStoppedForToolCalls, "Expected finish_reason tool_calls.");
        Assert.Null(choice.Message.Content);
        Assert.Equal(string.Empty, accumulator.Text);
        Assert.True(choice.Message.TryGetToolCalls(out IReadOnlyList<ChatToolCall> calls), "Expected two tool calls.");
        Assert.Equal(2, calls.Count);
        Assert.True(calls[0].TryGetFunction(out ChatFunctionToolCall? first) & calls[1].TryGetFunction(out ChatFunctionToolCall? second));
        Assert.Equal(("call_a", "get_weather", "{\"city\":\"Paris\"}"), (first!.Id, first.Function.Name, first.Function.Arguments));
        Assert.Equal(("call_b", "get_time", "{\"tz\":\"CET\"}"), (second!.Id, second.Function.Name, second.Function.Arguments));
    }

    [Fact]
    public void RefusalAndLogprobs_AreConcatenated()
    {
        ChatCompletionAccumulator accumulator = Feed(
            Chunk("""[{"index":0,"delta":{"role":"assistant","content":null,"refusal":""},"logprobs":{"content":null,"refusal":[{"token":"No","logprob":-0.5,"bytes":[78,111],"top_logprobs":[]}]}}]"""),
            Chunk("""[{"index":0,"delta":{"refusal":"pe"},"logprobs":{"content":null,"refusal":[{"token":"pe","logprob":-0.25,"bytes":null,"top_logprobs":[]}]}}]"""),
            Chunk("""[{"index":0,"delta":{},"finish_reason":"stop","logprobs":null}]"""));

        ChatChoice choice = Assert.Single(accumulator.Build().Choices);

        Assert.True(choice.Message.TryGetRefusal(out string? refusal), "Expected refusal deltas to build a refusal.");
        Assert.Equal("pe", refusal);
        Assert.Empty(choice.Logprobs!.Content);
        Assert.Equal(["No", "pe"], choice.Logprobs.Refusal.Select(t => t.Token));
        Assert.Equal([-0.5, -0.25], choice.Logprobs.Refusal.Select(t => t.Logprob));
        Assert.Null(choice.Logprobs.Refusal[1].Bytes);
    }

    [Fact]
    public void UnfinishedStream_KeepsNullFinishReason_AndNoUsage()
    {
        ChatCompletionAccumulator accumulator = Feed(Chunk("""[{"index":0,"delta":{"role":"assistant","content":"partial"}}]"""));

        ChatCompletion built = accumulator.Build();

        Assert.Null(built.Choices[0].FinishReason);
        Assert.Equal([null], accumulator.FinishReasons);
        Assert.Null(built.Usage);
        Assert.Equal("partial", built.Choices[0].Message.Content);
    }

    [Fact]
    public void Text_IsCachedUntilTheNextAppend()
    {
        ChatCompletionAccumulator accumulator = Feed(Chunk("""[{"index":0,"delta":{"content":"a"}}]"""));

        string first = accumulator.Text;
        Assert.Same(first, accumulator.Text);
        accumulator.Append(Chunk("""[{"index":0,"delta":{"content":"b"}}]"""));

        Assert.Equal("ab", accumulator.Text);
        Assert.Equal("a", first);
    }

    [Fact]
    public void LegacyFunctionCallDeltas_AreJoined()
    {
        ChatCompletionAccumulator accumulator = Feed(
            Chunk("""[{"index":0,"delta":{"role":"assistant","function_call":{"name":"f","arguments":""}}}]"""),
            Chunk("""[{"index":0,"delta":{"function_call":{"arguments":"{}"}},"finish_reason":"function_call"}]"""));

        ChatChoice choice = Assert.Single(accumulator.Build().Choices);

        Assert.Equal("f", choice.Message.FunctionCall!.Name);
        Assert.Equal("{}", choice.Message.FunctionCall.Arguments);
        Assert.Equal(FinishReason.FunctionCall, choice.FinishReason);
    }

    [Fact]
    public void Append_Null_Throws()
    {
        Assert.Throws<System.ArgumentNullException>(() => new ChatCompletionAccumulator().Append(null!));
    }
}
