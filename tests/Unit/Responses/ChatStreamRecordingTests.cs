using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Oai.Chat;
using Oai.UnitTests.TestSupport;

namespace Oai.UnitTests.Responses;

/// <summary>Replays every recorded chat stream chunk by chunk and checks the chunks and what the accumulator builds.</summary>
public sealed class ChatStreamRecordingTests
{
    private static List<ChatCompletionChunk> ParseStream(string sse)
    {
        IReadOnlyList<string> payloads = Recording.DataPayloads(sse, out bool sawDone);
        Assert.True(sawDone, "Expected the recorded stream to end with data: [DONE].");
        return payloads
            .Select(p => JsonSerializer.Deserialize(p, RecordsJsonContext.Default.ChatCompletionChunk)
                ?? throw new Xunit.Sdk.XunitException($"Chunk parsed as null: {p}"))
            .ToList();
    }

    private static (ChatCompletion Built, ChatCompletionAccumulator Accumulator) Fold(List<ChatCompletionChunk> chunks)
    {
        var accumulator = new ChatCompletionAccumulator();
        foreach (ChatCompletionChunk chunk in chunks)
        {
            Assert.Equal(ObjectKind.ChatCompletionChunk, chunk.Object);
            Assert.Null(chunk.Error);
            accumulator.Append(chunk);
        }

        ChatCompletion built = accumulator.Build();

        // What the chunks say, computed independently of the accumulator.
        string? content = Join(chunks.SelectMany(c => c.Choices).Select(c => c.Delta.Content));
        string? refusal = Join(chunks.SelectMany(c => c.Choices).Select(c => c.Delta.Refusal));
        ChatCompletionChunk usageChunk = chunks[^1];
        Assert.True(usageChunk.IsUsageOnly, "Expected the last chunk to be the usage-only chunk (choices: []).");
        Assert.All(chunks.Take(chunks.Count - 1), c => Assert.False(c.IsUsageOnly, "Expected only the last chunk to be usage-only."));

        Assert.Equal(ObjectKind.ChatCompletion, built.Object);
        Assert.Equal(chunks[0].Id, built.Id);
        Assert.Equal(chunks[0].Model, built.Model);
        Assert.Equal(chunks[0].Created, built.Created);
        Assert.Equal(chunks[0].SystemFingerprint, built.SystemFingerprint);
        Assert.Equal(chunks[0].ServiceTier, built.ServiceTier);
        Assert.Same(usageChunk.Usage, built.Usage);
        ChatChoice choice = Assert.Single(built.Choices);
        Assert.Equal(content, choice.Message.Content);
        Assert.Equal(refusal, choice.Message.Refusal);
        Assert.Equal(content ?? string.Empty, accumulator.Text);
        Assert.Equal(chunks.SelectMany(c => c.Choices).Last(c => c.FinishReason is not null).FinishReason, choice.FinishReason);
        Assert.Equal([choice.FinishReason], accumulator.FinishReasons);
        Assert.Equal(ChatRole.Assistant, choice.Message.Role);
        return (built, accumulator);
    }

    private static string? Join(IEnumerable<string?> pieces)
    {
        List<string> present = pieces.OfType<string>().ToList();
        return present.Count == 0 ? null : string.Concat(present);
    }

    private static ChatCompletion ReplayPython(string file, int prompt, int completion, int total)
    {
        List<ChatCompletionChunk> chunks = ParseStream(SharedFiles.ReadRecording("openai-python", file));
        Assert.All(chunks, c => Assert.Null(c.ServiceTier)); // 2024 streams predate service_tier in chunks
        (ChatCompletion built, _) = Fold(chunks);
        Assert.Equal("gpt-4o-2024-08-06", built.Model);
        Assert.Equal(prompt, built.Usage!.PromptTokens);
        Assert.Equal(completion, built.Usage.CompletionTokens);
        Assert.Equal(total, built.Usage.TotalTokens);
        Assert.Equal(0, built.Usage.CompletionTokensDetails!.ReasoningTokens);
        Assert.Equal(0, built.Usage.CompletionTokensDetails.AudioTokens); // only reasoning_tokens was sent: absent reads as 0
        Assert.Null(built.Usage.CompletionTokensDetails.ReportedAudioTokens); // ...and stays absent for telemetry
        Assert.Null(built.Usage.PromptTokensDetails); // not sent by these streams
        return built;
    }

    [Fact]
    public void StreamingStructuredRefusalWorks_RefusalArrivesAsContent()
    {
        RecordedEntry entry = Assert.Single(Recording.LoadEntries("openai-dotnet", "ChatTests", "StreamingStructuredRefusalWorks.json"));
        Assert.Equal(200, entry.StatusCode);
        List<ChatCompletionChunk> chunks = ParseStream(entry.StreamText);
        Assert.Equal(13, chunks.Count);

        // Unknown fields are kept: every chunk carries "obfuscation".
        Assert.Equal("XxwhkDiU7MNUsY", chunks[0].AdditionalProperties!["obfuscation"].GetString());
        Assert.All(chunks, c => Assert.True(c.AdditionalProperties!.ContainsKey("obfuscation"), "Expected obfuscation kept."));
        Assert.True(chunks[1].TryGetText(out string? piece), "Expected chunk 1 to add content.");
        Assert.Equal("I'm", piece);
        Assert.False(chunks[0].TryGetText(out _), "Expected the role chunk's empty content not to count.");

        (ChatCompletion built, ChatCompletionAccumulator accumulator) = Fold(chunks);
        Assert.Equal("chatcmpl-D8dV4fIhj9EeF5vu9iDuZYuG5qp3o", built.Id);
        Assert.Equal(1770950834L, built.Created);
        Assert.Equal("fp_ad98c18a04", built.SystemFingerprint);
        Assert.Equal(ServiceTier.Default, built.ServiceTier);
        // The model refused in plain content; delta.refusal stayed null.
        Assert.Equal("I'm sorry, I can't assist with that request.", accumulator.Text);
        Assert.Null(built.Choices[0].Message.Refusal);
        Assert.Equal(FinishReason.Stop, built.Choices[0].FinishReason);
        Assert.Equal(26, built.Usage!.PromptTokens);
        Assert.Equal(10, built.Usage.CompletionTokens);
        Assert.Equal(36, built.Usage.TotalTokens);
        Assert.Equal(0, built.Usage.PromptTokensDetails!.CachedTokens);
    }

    [Fact]
    public void PythonText_AccumulatesJsonText()
    {
        ChatCompletion built = ReplayPython("chat-stream-text.sse", 79, 14, 93);
        Assert.Equal("chatcmpl-ABfw1e5abtU8OwGr15vOreYVb2MiF", built.Id);
        Assert.Equal("fp_5050236cbd", built.SystemFingerprint);
        Assert.True(built.TryGetText(out string? text));
        Assert.Equal("{\"city\":\"San Francisco\",\"temperature\":61,\"units\":\"f\"}", text);
        Assert.Equal(FinishReason.Stop, built.Choices[0].FinishReason);
    }

    [Fact]
    public void PythonText2_AccumulatesPlainText()
    {
        ChatCompletion built = ReplayPython("chat-stream-text-2.sse", 14, 30, 44);
        Assert.Equal("chatcmpl-ABfw031mOJeYCSHe4yI2ZjOA6kMJL", built.Id);
        Assert.Equal(
            "I'm unable to provide real-time weather updates. To get the current weather in San Francisco, I recommend checking a reliable weather website or a weather app.",
            built.Choices[0].Message.Content);
        Assert.Null(built.Choices[0].Message.Refusal); // "refusal": null in the role chunk adds nothing
    }

    [Fact]
    public void PythonToolCall_JoinsArgumentFragments()
    {
        ChatCompletion built = ReplayPython("chat-stream-tool-call.sse", 44, 16, 60);
        ChatChoice choice = built.Choices[0];
        Assert.Equal("chatcmpl-ABfwERreu9s99xXsVuOWtIB2UOx62", built.Id);
        Assert.Equal("fp_143bb8492c", built.SystemFingerprint);
        Assert.True(choice.IsStoppedForToolCalls, "Expected finish_reason tool_calls.");
        Assert.Null(choice.Message.Content);
        Assert.True(choice.Message.TryGetToolCalls(out IReadOnlyList<ChatToolCall> calls), "Expected a tool call.");
        Assert.True(Assert.Single(calls).TryGetFunction(out ChatFunctionToolCall? call), "Expected a function tool call.");
        Assert.Equal("call_4XzlGBLtUe9dy3GVNV4jhq7h", call.Id);
        Assert.Equal("function", call.Type);
        Assert.Equal("get_weather", call.Function.Name);
        Assert.Equal("{\"city\":\"New York City\"}", call.Function.Arguments);
    }

    [Fact]
    public void PythonRefusal_AccumulatesRefusalDeltas()
    {
        ChatCompletion built = ReplayPython("chat-stream-refusal.sse", 79, 11, 90);
        ChatCompletionMessage message = built.Choices[0].Message;
        Assert.Equal("chatcmpl-ABfw4IfQfCCrcuybFm41wJyxjbkz7", built.Id);
        Assert.Null(message.Content);
        Assert.False(built.TryGetText(out _), "Expected no text on a refusal.");
        Assert.True(message.TryGetRefusal(out string? refusal), "Expected the refusal deltas to make a refusal.");
        Assert.Equal("I'm sorry, I can't assist with that request.", refusal);
        Assert.Equal(FinishReason.Stop, built.Choices[0].FinishReason);
    }

    [Fact]
    public void PythonLength_StopsForLength()
    {
        ChatCompletion built = ReplayPython("chat-stream-length.sse", 79, 1, 80);
        Assert.Equal("chatcmpl-ABfw3Oqj8RD0z6aJiiX37oTjV2HFh", built.Id);
        Assert.Equal("fp_7568d46099", built.SystemFingerprint);
        Assert.Equal("{\"", built.Choices[0].Message.Content);
        Assert.True(built.Choices[0].IsStoppedForLength, "Expected finish_reason length.");
        Assert.Equal("length", built.Choices[0].FinishReason.ToString());
    }
}
