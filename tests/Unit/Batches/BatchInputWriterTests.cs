using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Oai.Batches;
using Oai.Chat;
using Oai.Completions;
using Oai.Embeddings;
using Oai.Moderations;
using Oai.Responses;
using Oai.UnitTests.TestSupport;

namespace Oai.UnitTests.Batches;

/// <summary>The batch input writer: the exact line of each endpoint, and what the service would reject late caught
/// before the line is written.</summary>
public sealed class BatchInputWriterTests
{
    private static ChatCompletionRequest Chat(string model = "gpt-4o-mini") => new() { Model = model, Messages = [ChatMessage.User("Hi")] };

    private static async Task<(string Text, BatchInputWriter Writer)> WriteAsync(Func<BatchInputWriter, Task> write)
    {
        using var stream = new MemoryStream();
        var writer = BatchInputWriter.Create(stream, leaveOpen: true);
        await using (writer)
        {
            await write(writer);
        }

        return (Encoding.UTF8.GetString(stream.ToArray()), writer);
    }

    [Fact]
    public async Task Each_endpoint_writes_one_line_with_its_url_and_body()
    {
        var (chat, _) = await WriteAsync(async w => await w.WriteAsync("c-1", Chat()));
        var (embedding, _) = await WriteAsync(async w => await w.WriteAsync("e-1", new EmbeddingRequest { Model = "text-embedding-3-small", Input = "x" }));
        var (completion, _) = await WriteAsync(async w => await w.WriteAsync("t-1", new CompletionRequest { Model = "gpt-3.5-turbo-instruct", Prompt = "Say", MaxTokens = 5 }));
        var (response, _) = await WriteAsync(async w => await w.WriteAsync("r-1", new ResponseRequest { Model = "gpt-4o-mini", Input = "Say hello" }));
        var (moderation, _) = await WriteAsync(async w => await w.WriteAsync("m-1", new ModerationRequest { Input = "x", Model = "omni-moderation-latest" }));

        Assert.Equal("""{"custom_id":"c-1","method":"POST","url":"/v1/chat/completions","body":{"messages":[{"role":"user","content":"Hi"}],"model":"gpt-4o-mini"}}""" + "\n", chat);
        Assert.Equal("""{"custom_id":"e-1","method":"POST","url":"/v1/embeddings","body":{"model":"text-embedding-3-small","input":"x","encoding_format":"base64"}}""" + "\n", embedding);
        Assert.Equal("""{"custom_id":"t-1","method":"POST","url":"/v1/completions","body":{"model":"gpt-3.5-turbo-instruct","prompt":"Say","max_tokens":5}}""" + "\n", completion);
        Assert.Equal("""{"custom_id":"r-1","method":"POST","url":"/v1/responses","body":{"model":"gpt-4o-mini","input":"Say hello"}}""" + "\n", response);
        Assert.Equal("""{"custom_id":"m-1","method":"POST","url":"/v1/moderations","body":{"input":"x","model":"omni-moderation-latest"}}""" + "\n", moderation);
    }

    [Fact]
    public async Task Lines_are_counted_and_measured_and_the_ids_kept()
    {
        var (text, writer) = await WriteAsync(async w =>
        {
            await w.WriteAsync("a", Chat());
            await w.WriteAsync("b", Chat());
        });

        Assert.Equal(2, writer.LineCount);
        Assert.Equal(Encoding.UTF8.GetByteCount(text), writer.ByteCount);
        Assert.Equal(["a", "b"], writer.CustomIds.Order(StringComparer.Ordinal));
        Assert.Equal(BatchEndpoint.ChatCompletions, writer.Endpoint);
        Assert.Equal("gpt-4o-mini", writer.Model);
        Assert.Equal(2, text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task A_repeated_id_is_rejected_and_not_written()
    {
        ArgumentException? error = null;
        var (text, writer) = await WriteAsync(async w =>
        {
            await w.WriteAsync("same", Chat());
            error = await Assert.ThrowsAsync<ArgumentException>(async () => await w.WriteAsync("same", Chat()));
        });

        Assert.Equal("The custom_id 'same' was already written; each line of a batch needs its own. (Parameter 'customId')", error!.Message);
        Assert.Equal(1, writer.LineCount);
        Assert.Single(text.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task A_second_endpoint_or_model_is_rejected()
    {
        ArgumentException? endpoint = null;
        ArgumentException? model = null;
        var (_, writer) = await WriteAsync(async w =>
        {
            await w.WriteAsync("a", Chat());
            endpoint = await Assert.ThrowsAsync<ArgumentException>(async () => await w.WriteAsync("b", new EmbeddingRequest { Model = "gpt-4o-mini", Input = "x" }));
            model = await Assert.ThrowsAsync<ArgumentException>(async () => await w.WriteAsync("c", Chat("gpt-4o")));
        });

        Assert.Equal("Line 2 (b) is for /v1/embeddings, but the file's lines are for /v1/chat/completions: one batch has one endpoint. (Parameter 'customId')", endpoint!.Message);
        Assert.Equal("Line 2 (c) uses model 'gpt-4o', but the file's lines use 'gpt-4o-mini': one batch has one model. (Parameter 'customId')", model!.Message);
        Assert.Equal(1, writer.LineCount);
    }

    [Fact]
    public async Task An_empty_id_is_rejected()
    {
        await using var writer = BatchInputWriter.Create(new MemoryStream());

        await Assert.ThrowsAsync<ArgumentException>(async () => await writer.WriteAsync("", Chat()));
        Assert.Equal(0, writer.LineCount);
    }

    [Fact]
    public async Task The_line_limit_is_50000()
    {
        InvalidOperationException? error = null;
        var (_, writer) = await WriteAsync(async w =>
        {
            for (var i = 0; i < BatchInputWriter.MaxLines; i++)
            {
                await w.WriteAsync($"id-{i}", new ModerationRequest { Input = "x" });
            }

            error = await Assert.ThrowsAsync<InvalidOperationException>(async () => await w.WriteAsync("one-more", new ModerationRequest { Input = "x" }));
        });

        Assert.Equal(50_000, writer.LineCount);
        Assert.Equal("A batch input file holds at most 50000 lines; start another batch for one-more.", error!.Message);
    }

    [Fact]
    public async Task A_line_that_would_pass_the_size_limit_is_rejected_before_it_is_written()
    {
        var big = new string('x', 45 * 1024 * 1024);
        InvalidOperationException? error = null;
        using var sink = new CountingStream();
        var writer = BatchInputWriter.Create(sink);
        await using (writer)
        {
            for (var i = 0; i < 4; i++)
            {
                await writer.WriteAsync($"big-{i}", new ModerationRequest { Input = big });
            }

            error = await Assert.ThrowsAsync<InvalidOperationException>(async () => await writer.WriteAsync("big-5", new ModerationRequest { Input = big }));
        }

        Assert.Equal(4, writer.LineCount);
        Assert.Equal(writer.ByteCount, sink.Written);
        Assert.True(writer.ByteCount < BatchInputWriter.MaxBytes, "Nothing past the limit was written.");
        Assert.Equal($"Line 5 (big-5) would take the file past {BatchInputWriter.MaxBytes} bytes, the most one batch input file may hold; start another batch.", error!.Message);
    }

    /// <summary>A write-only stream that counts bytes and keeps none.</summary>
    private sealed class CountingStream : Stream
    {
        public long Written { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => Written;

        public override long Position { get => Written; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Written += count;

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, System.Threading.CancellationToken cancellationToken = default)
        {
            Written += buffer.Length;
            return ValueTask.CompletedTask;
        }
    }
}
