using System;
using System.Buffers;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Oai.Files;
using Oai.IntegrationTests.Servers;
using Xunit.Abstractions;

namespace Oai.IntegrationTests.Files;

/// <summary>Uploading and downloading 256 MiB over a real socket allocates a small fraction of the payload: the
/// client streams both ways instead of holding the file.</summary>
[Collection("Memory")]
public sealed class FileMemoryTests(ITestOutputHelper output)
{
    private const long Payload = 256L * 1024 * 1024;
    private const long AllocationBudget = 32L * 1024 * 1024;

    private static OaiClient Client(LoopbackServer server) => new(new OaiClientOptions
    {
        ApiKey = "sk-loopback-test-key-000000000000",
        BaseUrl = server.BaseUrl,
        MaxRetries = 0,
    });

    [Fact]
    public async Task Uploading_256_MiB_streams_the_file_without_buffering_it()
    {
        long received = 0;
        await using var server = await LoopbackServer.StartAsync(async (context, _) =>
        {
            // Kestrel refuses bodies over 30 MB by default; the service takes files of up to 512 MB.
            context.Features.Get<IHttpMaxRequestBodySizeFeature>()!.MaxRequestBodySize = null;
            var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
            int n;
            while ((n = await context.Request.Body.ReadAsync(buffer, context.RequestAborted)) > 0)
            {
                Interlocked.Add(ref received, n);
            }

            ArrayPool<byte>.Shared.Return(buffer);
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(
                """{"object":"file","id":"file-big","purpose":"fine-tune","filename":"big.jsonl","bytes":268435456,"created_at":1,"expires_at":null,"status":"uploaded"}""");
        });
        using var client = Client(server);
        using var warmup = new MemoryStream([1]);
        await client.Files.CreateAsync(warmup, "warmup.jsonl", FilePurpose.FineTune);
        Interlocked.Exchange(ref received, 0);

        using var content = new PatternStream(Payload);
        var clock = Stopwatch.StartNew();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var file = await client.Files.CreateAsync(content, "big.jsonl", FilePurpose.FineTune);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        output.WriteLine($"upload: {Payload} bytes in {clock.Elapsed}, {Interlocked.Read(ref received)} received, {allocated} allocated in-process (client and server)");

        Assert.Equal("file-big", file.Id);
        Assert.InRange(Interlocked.Read(ref received), Payload, Payload + 1024);
        Assert.True(allocated < AllocationBudget, $"Expected under {AllocationBudget} bytes allocated for a {Payload}-byte upload, got {allocated}.");
    }

    [Fact]
    public async Task Downloading_256_MiB_reads_the_content_from_the_network_as_the_caller_reads()
    {
        await using var server = await LoopbackServer.StartAsync(async (context, _) =>
        {
            context.Response.ContentType = "application/octet-stream";
            context.Response.ContentLength = Payload;
            var block = new byte[64 * 1024];
            for (long sent = 0; sent < Payload; sent += block.Length)
            {
                for (var i = 0; i < block.Length; i++)
                {
                    block[i] = PatternStream.At(sent + i);
                }

                await context.Response.Body.WriteAsync(block, context.RequestAborted);
            }
        });
        using var client = Client(server);
        await using (var warmup = await client.Files.ContentAsync("file-warmup"))
        {
            await warmup.ReadExactlyAsync(new byte[16]);
        }

        var buffer = new byte[81920];
        var clock = Stopwatch.StartNew();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        long total = 0;
        var mismatches = 0;
        await using (var content = await client.Files.ContentAsync("file-big"))
        {
            int n;
            while ((n = await content.ReadAsync(buffer)) > 0)
            {
                if (buffer[0] != PatternStream.At(total) || buffer[n - 1] != PatternStream.At(total + n - 1))
                {
                    mismatches++;
                }

                total += n;
            }
        }

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        output.WriteLine($"download: {total} bytes in {clock.Elapsed}, {allocated} allocated in-process (client and server)");

        Assert.Equal(Payload, total);
        Assert.Equal(0, mismatches);
        Assert.True(allocated < AllocationBudget, $"Expected under {AllocationBudget} bytes allocated for a {Payload}-byte download, got {allocated}.");
    }
}
