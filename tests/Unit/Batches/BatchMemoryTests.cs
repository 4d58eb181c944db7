using System;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using Oai.Batches;
using Oai.Chat;
using Xunit.Abstractions;

namespace Oai.UnitTests.Batches;

/// <summary>A 50,000-line batch is written and its results read with bounded memory: the live managed heap, sampled
/// (after a full collection) every 5,000 lines, stays within a fixed bound far below the size of the files.</summary>
[Collection("Memory")]
public sealed class BatchMemoryTests(ITestOutputHelper output) : IDisposable
{
    private const int Lines = BatchInputWriter.MaxLines;
    private const int SampleEvery = 5_000;

    private readonly string _dir = Directory.CreateTempSubdirectory("oai-batch-memory").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Writing_50000_lines_keeps_the_heap_bounded()
    {
        var path = Path.Combine(_dir, "input.jsonl");
        var question = new string('q', 900);
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        long peak = 0;
        var writer = BatchInputWriter.Create(path);
        await using (writer)
        {
            for (var i = 0; i < Lines; i++)
            {
                await writer.WriteAsync($"req-{i:D5}", new ChatCompletionRequest { Model = "gpt-4o-mini", Messages = [ChatMessage.User(question)] });
                if (i % SampleEvery == SampleEvery - 1)
                {
                    peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - baseline);
                }
            }
        }

        var size = new FileInfo(path).Length;
        output.WriteLine($"input: {Lines} lines, {size:N0} bytes; live heap growth at most {peak:N0} bytes");
        Assert.Equal(Lines, writer.LineCount);
        Assert.Equal(size, writer.ByteCount);
        Assert.True(size > 45_000_000, $"Expected a file of over 45 MB, got {size:N0} bytes.");
        // The ids kept for the duplicate check are ~100 bytes a line (5 MB); the lines themselves are not kept.
        Assert.True(peak < 8_000_000, $"Expected the live heap to grow by under 8 MB while writing {size:N0} bytes, it grew by {peak:N0}.");
    }

    [Fact]
    public async Task Reading_50000_results_keeps_the_heap_bounded()
    {
        var path = Path.Combine(_dir, "output.jsonl");
        var answer = new string('a', 700);
        await using (var file = new StreamWriter(path, append: false, new UTF8Encoding(false)))
        {
            for (var i = 0; i < Lines; i++)
            {
                await file.WriteAsync(BatchJson.Success($"req-{i:D5}", answer));
                await file.WriteAsync('\n');
            }
        }

        var size = new FileInfo(path).Length;
        var seen = new bool[Lines];
        var count = 0;
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        long peak = 0;
        await using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true))
        {
            await foreach (var result in BatchResultReader.ReadAsync<ChatCompletion>(stream))
            {
                var index = int.Parse(result.CustomId.AsSpan("req-".Length), provider: System.Globalization.CultureInfo.InvariantCulture);
                Assert.False(seen[index], $"{result.CustomId} was read twice.");
                seen[index] = true;
                Assert.Equal(answer.Length, result.Body!.Choices[0].Message.Content!.Length);
                if (++count % SampleEvery == 0)
                {
                    peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - baseline);
                }
            }
        }

        output.WriteLine($"output: {count} results, {size:N0} bytes; live heap growth at most {peak:N0} bytes");
        Assert.Equal(Lines, count);
        Assert.DoesNotContain(false, seen);
        Assert.True(size > 40_000_000, $"Expected a file of over 40 MB, got {size:N0} bytes.");
        Assert.True(peak < 4_000_000, $"Expected the live heap to grow by under 4 MB while reading {size:N0} bytes, it grew by {peak:N0}.");
    }
}
