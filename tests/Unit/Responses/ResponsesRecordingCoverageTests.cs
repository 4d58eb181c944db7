using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Oai.Responses;
using Oai.UnitTests.TestSupport;

namespace Oai.UnitTests.Responses;

/// <summary>Every Responses recording on disk: each body of this endpoint group parses into its record and writes
/// back every value it sent; each stream's events agree with their SSE names, count up from their first sequence
/// number, and fold into exactly the response their <c>response.completed</c> carries.</summary>
public sealed class ResponsesRecordingCoverageTests
{
    /// <summary>What this library models, listed independently of the converters: everything else must arrive as the
    /// unknown variant, kept whole.</summary>
    private static readonly HashSet<string> s_knownItems =
    [
        "message", "function_call", "function_call_output", "custom_tool_call", "custom_tool_call_output", "reasoning",
        "web_search_call", "file_search_call", "code_interpreter_call", "image_generation_call", "mcp_call", "mcp_list_tools",
        "mcp_approval_request", "mcp_approval_response",
    ];

    public static TheoryData<string> AllResponsesRecordings()
    {
        string root = SharedFiles.Path("recordings");
        var data = new TheoryData<string>();
        foreach (string folder in new[] { "ResponsesTests", "ResponsesToolTests", "ResponseStoreTests" })
        {
            foreach (string path in Directory.GetFiles(Path.Combine(root, "openai-dotnet", folder), "*.json").Order(System.StringComparer.Ordinal))
            {
                data.Add(Path.GetRelativePath(root, path).Replace('\\', '/'));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllResponsesRecordings))]
    public void Recording_ParsesFoldsAndRoundTrips(string relativePath)
    {
        int checkedBodies = 0;
        foreach (RecordedEntry entry in Recording.LoadEntries(relativePath.Split('/')))
        {
            if (entry.StatusCode != 200)
            {
                Assert.NotNull(JsonSerializer.Deserialize(entry.BodyJson, RecordsJsonContext.Default.ApiErrorResponse)?.Error);
                checkedBodies++;
            }
            else if (entry.IsStream)
            {
                Response folded = ResponseStreams.FoldAndCheck(entry.StreamText);
                AssertItemsTyped(folded.Output);
                checkedBodies++;
            }
            else
            {
                checkedBodies += CheckBody(entry.BodyJson) ? 1 : 0;
            }
        }

        Assert.True(checkedBodies > 0, $"Expected {relativePath} to hold at least one Responses body.");
    }

    /// <summary>Checks a body of this endpoint group; false for other groups' bodies (files, vector stores, containers, conversations).</summary>
    private static bool CheckBody(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        string? kind = document.RootElement.TryGetProperty("object", out JsonElement value) ? value.GetString() : null;
        switch (kind)
        {
            case "response":
                Response response = JsonSerializer.Deserialize(json, RecordsJsonContext.Default.Response)!;
                Assert.StartsWith("resp_", response.Id);
                Assert.NotNull(response.Status);
                AssertItemsTyped(response.Output);
                RecordAssert.RoundTrips(json, JsonSerializer.Serialize(response, RecordsJsonContext.Default.Response));
                return true;
            case "list" when document.RootElement.GetProperty("data").EnumerateArray().All(i => i.TryGetProperty("type", out _)):
                ListPage<ResponseItem> page = JsonSerializer.Deserialize(json, RecordsJsonContext.Default.ListPageResponseItem)!;
                AssertItemsTyped(page.Data);
                RecordAssert.RoundTrips(json, JsonSerializer.Serialize(page, RecordsJsonContext.Default.ListPageResponseItem));
                return true;
            case "response.deleted":
                ResponseDeletionResult deleted = JsonSerializer.Deserialize(json, RecordsJsonContext.Default.ResponseDeletionResult)!;
                Assert.True(deleted.Deleted);
                Assert.Equal(ObjectKind.ResponseDeleted, deleted.Object);
                return true;
            case "response.input_tokens":
                Assert.True(JsonSerializer.Deserialize(json, RecordsJsonContext.Default.ResponseInputTokens)!.InputTokens > 0);
                return true;
            case "response.compaction":
                ResponseCompaction compaction = JsonSerializer.Deserialize(json, RecordsJsonContext.Default.ResponseCompaction)!;
                AssertItemsTyped(compaction.Output);
                RecordAssert.RoundTrips(json, JsonSerializer.Serialize(compaction, RecordsJsonContext.Default.ResponseCompaction));
                return true;
            default:
                return false;
        }
    }

    /// <summary>Each item is the record of its type, or the unknown variant holding it whole when this library does not model the type.</summary>
    private static void AssertItemsTyped(IReadOnlyList<ResponseItem> items)
    {
        foreach (ResponseItem item in items)
        {
            if (s_knownItems.Contains(item.Type))
            {
                Assert.IsNotType<UnknownResponseItem>(item);
            }
            else
            {
                UnknownResponseItem unknown = Assert.IsType<UnknownResponseItem>(item);
                Assert.Equal(item.Type, unknown.Raw.GetProperty("type").GetString());
                using JsonDocument written = JsonDocument.Parse(JsonSerializer.Serialize<ResponseItem>(unknown, RecordsJsonContext.Default.ResponseItem));
                Assert.True(JsonElement.DeepEquals(unknown.Raw, written.RootElement), $"Expected the {item.Type} item written back as it came.");
            }
        }
    }
}
