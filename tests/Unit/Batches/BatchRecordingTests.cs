using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Oai.Batches;
using Oai.Chat;
using Oai.Files;
using Oai.UnitTests.Pipeline;
using Oai.UnitTests.TestSupport;
using RichardSzalay.MockHttp;

namespace Oai.UnitTests.Batches;

/// <summary>The Batch recordings of openai-dotnet, replayed through the client with exact values; the input line the
/// writer produces is the recorded one.</summary>
public sealed class BatchRecordingTests
{
    private static readonly Dictionary<string, string> s_metadata = new() { ["testMetadataKey"] = "test metadata value" };

    /// <summary>Writes the recordings' one input line, checks it against the recorded upload, and uploads it.</summary>
    private static async Task<FileObject> UploadRecordedInputAsync(OaiClient client, string recording)
    {
        using var input = new MemoryStream();
        await using (var writer = BatchInputWriter.Create(input, leaveOpen: true))
        {
            await writer.WriteAsync("request-1", new ChatCompletionRequest
            {
                Model = "gpt-4o-mini",
                Messages = [ChatMessage.System("You are a helpful assistant."), ChatMessage.User("What is 2+2?")],
            });
        }

        var recorded = Encoding.UTF8.GetString(Convert.FromBase64String(RecordedUpload(recording)));
        var written = Encoding.UTF8.GetString(input.ToArray());
        Assert.EndsWith("}\n", written, StringComparison.Ordinal);
        RequestJson.Equal(recorded.TrimEnd(), written.TrimEnd());
        input.Position = 0;
        return await client.Files.CreateAsync(input, "test-batch-file", FilePurpose.Batch);
    }

    private static string RecordedUpload(string recording)
    {
        using var doc = JsonDocument.Parse(SharedFiles.ReadRecording("openai-dotnet", "BatchTests", recording));
        var parts = doc.RootElement.GetProperty("Entries")[0].GetProperty("RequestBody").EnumerateArray().Select(p => p.GetString()!);
        return parts.Single(p => p.StartsWith("b64:", StringComparison.Ordinal))["b64:".Length..];
    }

    [Fact]
    public async Task CreateGetAndCancelBatchProtocol_creates_then_cancels()
    {
        using var mock = new MockHttpMessageHandler();
        var replay = Replay.Load(mock, "openai-dotnet", "BatchTests", "CreateGetAndCancelBatchProtocol.json");
        using var client = TestClients.Create(mock);

        var file = await UploadRecordedInputAsync(client, "CreateGetAndCancelBatchProtocol.json");
        var batch = await client.Batches.CreateAsync(new BatchRequest { InputFileId = file.Id, Endpoint = BatchEndpoint.ChatCompletions, Metadata = s_metadata });
        var cancelling = await client.Batches.CancelAsync(batch.Id);

        Assert.Equal("file-FqLLytrEaPH6hmSPXTr1db", file.Id);
        Assert.Equal(FilePurpose.Batch, file.Purpose);
        Assert.Equal("batch_690467101b488190972cdce590a00ae3", batch.Id);
        Assert.Equal(ObjectKind.Batch, batch.Object);
        Assert.Equal(BatchEndpoint.ChatCompletions, batch.Endpoint);
        Assert.Null(batch.Model);
        Assert.Null(batch.Errors);
        Assert.False(batch.TryGetErrors(out _));
        Assert.Equal(file.Id, batch.InputFileId);
        Assert.Equal("24h", batch.CompletionWindow);
        Assert.Equal(BatchStatus.Validating, batch.Status);
        Assert.False(batch.IsTerminal);
        Assert.Null(batch.OutputFileId);
        Assert.Null(batch.ErrorFileId);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1761896208), batch.CreatedAt);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1761982608), batch.ExpiresAt);
        Assert.Null(batch.InProgressAt);
        Assert.Null(batch.CancellingAt);
        Assert.Equal((0, 0, 0), (batch.RequestCounts.Total, batch.RequestCounts.Completed, batch.RequestCounts.Failed));
        Assert.Equal(0L, batch.Usage!.TotalTokens);
        Assert.True(batch.Usage.AdditionalProperties!.ContainsKey("input_tokens_details"), "Usage details are kept.");
        Assert.Equal("test metadata value", batch.Metadata!["testMetadataKey"]);

        Assert.Equal(BatchStatus.Cancelling, cancelling.Status);
        Assert.False(cancelling.IsTerminal);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1761896208), cancelling.CancellingAt);
        Assert.Null(cancelling.CancelledAt);
        Assert.Equal(0, replay.Remaining);
    }

    [Theory]
    [InlineData("CanRehydrateBatchOperation(True).json", "batch_6904670cc8ac819084a984ece3aba4c4")]
    [InlineData("CanRehydrateBatchOperation(False).json", "batch_6904670e9638819082caf7bd85838f00")]
    public async Task CanRehydrateBatchOperation_retrieves_the_batch_it_created(string recording, string batchId)
    {
        using var mock = new MockHttpMessageHandler();
        var replay = Replay.Load(mock, "openai-dotnet", "BatchTests", recording);
        using var client = TestClients.Create(mock);

        var file = await UploadRecordedInputAsync(client, recording);
        var created = await client.Batches.CreateAsync(new BatchRequest { InputFileId = file.Id, Endpoint = BatchEndpoint.ChatCompletions, Metadata = s_metadata });
        var again = await client.Batches.RetrieveAsync(created.Id);

        Assert.Equal(batchId, created.Id);
        Assert.Equal(created.Id, again.Id);
        Assert.Equal(created.InputFileId, again.InputFileId);
        Assert.Equal(created.CreatedAt, again.CreatedAt);
        Assert.Equal(0, replay.Remaining);
    }

    [Fact]
    public async Task ListBatchesAsync_WithOptions_AfterIdStartsFromNextPage_reads_two_pages()
    {
        using var mock = new MockHttpMessageHandler();
        var replay = Replay.Load(mock, "openai-dotnet", "BatchTests", "ListBatchesAsync_WithOptions_AfterIdStartsFromNextPage.json");
        using var client = TestClients.Create(mock);

        var batches = await client.Batches.ListAsync(limit: 2).Take(4).ToListAsync();

        Assert.Equal(
            ["batch_68ffc5222a488190a1534578165afb5d", "batch_68ffc52151448190afaff0bd92164896", "batch_68ffc52039d08190aac1dd7fdc35826f", "batch_68ffc504f298819087e3b6ceebbf8c01"],
            batches.Select(b => b.Id));
        Assert.Equal([BatchStatus.Cancelled, BatchStatus.InProgress, BatchStatus.InProgress, BatchStatus.Cancelled], batches.Select(b => b.Status));
        Assert.Equal("gpt-4o-mini-2024-07-18", batches[1].Model);
        Assert.Equal(1, batches[1].RequestCounts.Total);
        Assert.Equal(0, replay.Remaining);
    }

    [Fact]
    public async Task ListBatchesAsync_WithOptions_PageSizeLimitAndItems_reads_pages_of_two()
    {
        using var mock = new MockHttpMessageHandler();
        var replay = Replay.Load(mock, "openai-dotnet", "BatchTests", "ListBatchesAsync_WithOptions_PageSizeLimitAndItems.json");
        using var client = TestClients.Create(mock);

        var pages = await client.Batches.ListAsync(limit: 2).AsPagesAsync().Take(2).ToListAsync();
        var items = await client.Batches.ListAsync(limit: 2).Take(4).ToListAsync();

        Assert.All(pages, page => Assert.Equal(2, page.Data.Count));
        Assert.True(pages[0].HasMore);
        Assert.Equal("batch_68ffc52151448190afaff0bd92164896", pages[0].LastId);
        Assert.Equal(pages.SelectMany(p => p.Data).Select(b => b.Id), items.Select(b => b.Id));
        Assert.Equal(0, replay.Remaining);
    }
}
