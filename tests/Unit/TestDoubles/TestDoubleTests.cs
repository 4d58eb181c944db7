using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Oai.Chat;
using Oai.Files;

namespace Oai.UnitTests.TestDoubles;

/// <summary><see cref="OaiStream.FromChunks"/> and <see cref="OaiAsyncPageable.FromPages"/>: test doubles that behave
/// like the client's own streams and listings.</summary>
public sealed class TestDoubleTests
{
    private static ChatCompletionChunk Chunk(string text, FinishReason? finish = null) => new()
    {
        Id = "chatcmpl-1",
        Model = "gpt-4o-mini",
        Choices = [new ChatChunkChoice { Delta = new ChatDelta { Content = text }, FinishReason = finish }],
    };

    /// <summary>A mocked endpoint: the one line the guide promises.</summary>
    private sealed class ScriptedCompletions : ChatCompletionsClient
    {
        public override OaiStream<ChatCompletionChunk> CreateStreamAsync(ChatCompletionRequest request, RequestOptions? options = null, CancellationToken cancellationToken = default) =>
            OaiStream.FromChunks([Chunk("Hello"), Chunk(" world", FinishReason.Stop)], requestId: "req_test");
    }

    [Fact]
    public async Task A_stream_from_chunks_yields_them_in_order_and_reports_its_request_id_once_started()
    {
        var stream = new ScriptedCompletions().CreateStreamAsync(new ChatCompletionRequest { Model = "m", Messages = [ChatMessage.User("hi")] });
        Assert.Null(stream.RequestId);

        var accumulator = new ChatCompletionAccumulator();
        await foreach (var chunk in stream)
        {
            Assert.Equal("req_test", stream.RequestId);
            accumulator.Append(chunk);
        }

        var completion = accumulator.Build();
        Assert.Equal("Hello world", completion.Choices[0].Message.Content);
        Assert.Equal(FinishReason.Stop, completion.Choices[0].FinishReason);
    }

    [Fact]
    public async Task A_stream_from_chunks_can_be_enumerated_once_like_a_real_stream()
    {
        var stream = OaiStream.FromChunks(new[] { 1, 2, 3 });

        Assert.Equal([1, 2, 3], await stream.ToListAsync());
        var error = Assert.Throws<InvalidOperationException>(() => stream.GetAsyncEnumerator());
        Assert.Contains("enumerated once", error.Message);
        Assert.Null(stream.RequestId);
    }

    [Fact]
    public async Task A_stream_from_chunks_copies_them_and_honours_cancellation_between_chunks()
    {
        var chunks = new System.Collections.Generic.List<int> { 1, 2 };
        var stream = OaiStream.FromChunks(chunks);
        chunks.Add(3);
        using var cts = new CancellationTokenSource();

        var seen = new System.Collections.Generic.List<int>();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var item in stream.WithCancellation(cts.Token))
            {
                seen.Add(item);
                await cts.CancelAsync();
            }
        });

        Assert.Equal([1], seen);
        Assert.Throws<ArgumentNullException>(() => OaiStream.FromChunks<int>(null!));
    }

    [Fact]
    public async Task A_listing_from_pages_yields_every_item_and_every_page_each_time_it_is_enumerated()
    {
        var first = new ListPage<FileObject> { Data = [new FileObject { Id = "file-1" }, new FileObject { Id = "file-2" }], HasMore = true };
        var second = new ListPage<FileObject> { Data = [new FileObject { Id = "file-3" }] };
        var listing = OaiAsyncPageable.FromPages(first, second);

        Assert.Equal(["file-1", "file-2", "file-3"], await listing.Select(file => file.Id).ToListAsync());
        Assert.Equal(["file-1", "file-2", "file-3"], await listing.Select(file => file.Id).ToListAsync());
        Assert.Equal([first, second], await listing.AsPagesAsync().ToListAsync());
        Assert.Empty(await OaiAsyncPageable.FromPages<FileObject>().ToListAsync());
        Assert.Throws<ArgumentNullException>(() => OaiAsyncPageable.FromPages(first, null!));
    }

    [Fact]
    public async Task A_listing_from_pages_honours_cancellation()
    {
        var listing = OaiAsyncPageable.FromPages(new ListPage<int> { Data = [1, 2] });
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await listing.ToListAsync(cts.Token));
        Assert.Equal(2, (await listing.AsPagesAsync().SingleAsync()).Data.Count);
    }
}
