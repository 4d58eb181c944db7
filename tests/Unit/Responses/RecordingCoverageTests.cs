using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Oai.UnitTests.TestSupport;

namespace Oai.UnitTests.Responses;

/// <summary>Every chat recording on disk parses, and every one has a dedicated test with exact assertions.</summary>
public sealed class RecordingCoverageTests
{
    private static readonly string[] s_covered =
    [
        "openai-dotnet/ChatTests/AuthFailure.json",
        "openai-dotnet/ChatTests/ChatServiceTierWorks.json",
        "openai-dotnet/ChatTests/HelloWorldChat.json",
        "openai-dotnet/ChatTests/MultiMessageChat.json",
        "openai-dotnet/ChatTests/ReasoningTokensWork.json",
        "openai-dotnet/ChatTests/StreamingStructuredRefusalWorks.json",
        "openai-dotnet/ChatTests/StructuredOutputsWork.json",
        "openai-dotnet/ChatTests/TokenLogProbabilities(True).json",
        "openai-dotnet/ChatToolTests/ConsecutiveToolCalls.json",
        "openai-dotnet/ChatToolTests/NoParameterToolWorks.json",
        "openai-dotnet/ChatToolTests/StructuredOutputs(WithSchema,Strict).json",
        "openai-python/chat-stream-length.sse",
        "openai-python/chat-stream-refusal.sse",
        "openai-python/chat-stream-text-2.sse",
        "openai-python/chat-stream-text.sse",
        "openai-python/chat-stream-tool-call.sse",
    ];

    public static TheoryData<string> AllChatRecordings()
    {
        string root = SharedFiles.Path("recordings");
        var data = new TheoryData<string>();
        foreach (string path in Directory.GetFiles(Path.Combine(root, "openai-dotnet", "ChatTests"), "*.json")
            .Concat(Directory.GetFiles(Path.Combine(root, "openai-dotnet", "ChatToolTests"), "*.json"))
            .Concat(Directory.GetFiles(Path.Combine(root, "openai-python"), "*.sse"))
            .Order(System.StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(root, path).Replace('\\', '/'));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllChatRecordings))]
    public void Recording_HasADedicatedTest(string relativePath)
    {
        Assert.True(s_covered.Contains(relativePath), $"Expected {relativePath} to be replayed with exact assertions; add a test.");
    }

    [Theory]
    [MemberData(nameof(AllChatRecordings))]
    public void Recording_ParsesAndRoundTripsUnknownFields(string relativePath)
    {
        string[] parts = relativePath.Split('/');
        if (relativePath.EndsWith(".sse", System.StringComparison.Ordinal))
        {
            AssertChunksParse(SharedFiles.ReadRecording(parts));
            return;
        }

        IReadOnlyList<RecordedEntry> entries = Recording.LoadEntries(parts);
        Assert.NotEmpty(entries);
        foreach (RecordedEntry entry in entries)
        {
            if (entry.StatusCode != 200)
            {
                Assert.NotNull(JsonSerializer.Deserialize(entry.BodyJson, RecordsJsonContext.Default.ApiErrorResponse)?.Error);
            }
            else if (entry.IsStream)
            {
                AssertChunksParse(entry.StreamText);
            }
            else
            {
                var completion = JsonSerializer.Deserialize(entry.BodyJson, RecordsJsonContext.Default.ChatCompletion);
                Assert.NotEmpty(completion!.Choices);
                RecordAssert.RoundTrips(entry.BodyJson, JsonSerializer.Serialize(completion, RecordsJsonContext.Default.ChatCompletion));
            }
        }
    }

    private static void AssertChunksParse(string sse)
    {
        IReadOnlyList<string> payloads = Recording.DataPayloads(sse, out bool sawDone);
        Assert.True(sawDone, "Expected data: [DONE] at the end.");
        foreach (string payload in payloads)
        {
            var chunk = JsonSerializer.Deserialize(payload, RecordsJsonContext.Default.ChatCompletionChunk);
            RecordAssert.RoundTrips(payload, JsonSerializer.Serialize(chunk!, RecordsJsonContext.Default.ChatCompletionChunk));
        }
    }
}
