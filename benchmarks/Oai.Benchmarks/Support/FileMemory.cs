using System;
using System.Buffers;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

using OpenAI.Files;

namespace Oai.Benchmarks.Support;

/// <summary>256 MiB uploaded and downloaded over a real loopback socket, each implementation in a fresh child process
/// (the server runs in this one), measuring the child's peak working-set growth over its state after a small warm-up
/// call: resident memory sampled every millisecond, and the kernel's high-water mark (VmHWM) as a check.</summary>
public static class FileMemory
{
    public const long Payload = 256L * 1024 * 1024;
    private const string FileJson = """{"object":"file","id":"file-big","purpose":"fine-tune","filename":"big.jsonl","bytes":268435456,"created_at":1,"expires_at":null,"status":"processed"}""";

    public static async Task<string> RunAllAsync()
    {
        await using var server = CannedServer.Start(ServeAsync);
        var text = new StringBuilder();
        text.AppendLine("| 256 MiB over loopback | ours | official | floor |");
        text.AppendLine("| --- | ---: | ---: | ---: |");
        foreach (var direction in new[] { "upload", "download" })
        {
            text.Append(CultureInfo.InvariantCulture, $"| {direction}: peak working-set growth (sampled / VmHWM), time ");
            foreach (var impl in new[] { "ours", "official", "floor" })
            {
                var result = RunChild(impl, direction, server.BaseUrl);
                Console.WriteLine($"// {direction} {impl}: {result}");
                text.Append(CultureInfo.InvariantCulture, $"| {result} ");
            }

            text.AppendLine("|");
        }

        return text.ToString();
    }

    private static string RunChild(string impl, string direction, Uri baseUrl)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "Oai.Benchmarks.dll"), "--files-child", impl, direction, baseUrl.ToString() })
        {
            start.ArgumentList.Add(arg);
        }

        // Run as "dotnet Oai.Benchmarks.dll" when this process is the dotnet host, else the apphost directly.
        if (!Path.GetFileNameWithoutExtension(Environment.ProcessPath!).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.RemoveAt(0);
        }

        using var child = Process.Start(start)!;
        var output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        var line = output.Split('\n', StringSplitOptions.RemoveEmptyEntries) is [.., var last] ? last.Trim() : "(no output)";
        return child.ExitCode == 0 ? line : $"failed ({child.ExitCode}): {line}";
    }

    /// <summary>The child: one warm-up call, then the 256 MiB transfer while a thread samples resident memory.</summary>
    public static async Task<int> ChildAsync(string impl, string direction, Uri baseUrl)
    {
        using var clients = new Clients(() => new System.Net.Http.SocketsHttpHandler(), baseUrl);
        await TransferAsync(clients, impl, direction, small: true).ConfigureAwait(false);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var baseline = Resident();
        long peak = baseline;
        using var stop = new CancellationTokenSource();
        var sampler = new Thread(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                peak = Math.Max(peak, Resident());
                Thread.Sleep(1);
            }
        })
        { IsBackground = true };
        sampler.Start();
        var clock = Stopwatch.StartNew();
        await TransferAsync(clients, impl, direction, small: false).ConfigureAwait(false);
        clock.Stop();
        await stop.CancelAsync().ConfigureAwait(false);
        sampler.Join();
        peak = Math.Max(peak, Resident());
        var hwm = HighWaterMark();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Mib(peak - baseline)} / {Mib(hwm - baseline)}, {clock.Elapsed.TotalSeconds:0.00} s"));
        return 0;
    }

    private static async Task TransferAsync(Clients clients, string impl, string direction, bool small)
    {
        var size = small ? 1024 : Payload;
        var id = small ? "file-small" : "file-big";
        if (direction == "upload")
        {
            using var content = new PatternStream(size);
            _ = impl switch
            {
                "ours" => (await clients.Ours.Files.CreateAsync(content, "big.jsonl", Oai.Files.FilePurpose.FineTune).ConfigureAwait(false)).Id,
                "official" => (await clients.OfficialFiles.UploadFileAsync(content, "big.jsonl", FileUploadPurpose.FineTune).ConfigureAwait(false)).Value.Id,
                _ => await clients.Floor.UploadAsync(content, "big.jsonl").ConfigureAwait(false),
            };
            return;
        }

        switch (impl)
        {
            case "ours":
                await using (var body = await clients.Ours.Files.ContentAsync(id).ConfigureAwait(false))
                {
                    await body.CopyToAsync(Stream.Null).ConfigureAwait(false);
                }

                break;
            case "official":
                _ = (await clients.OfficialFiles.DownloadFileAsync(id).ConfigureAwait(false)).Value.ToMemory().Length;
                break;
            default:
                await clients.Floor.DownloadAsync(id, Stream.Null).ConfigureAwait(false);
                break;
        }
    }

    private static async Task ServeAsync(HttpContext context)
    {
        if (HttpMethods.IsPost(context.Request.Method))
        {
            var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
            while (await context.Request.Body.ReadAsync(buffer, context.RequestAborted) > 0)
            {
            }

            ArrayPool<byte>.Shared.Return(buffer);
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(FileJson, context.RequestAborted);
            return;
        }

        long size = context.Request.Path.Value!.Contains("file-small", StringComparison.Ordinal) ? 1024 : Payload;
        context.Response.ContentType = "application/octet-stream";
        context.Response.ContentLength = size;
        var block = new byte[64 * 1024];
        for (long sent = 0; sent < size; sent += block.Length)
        {
            await context.Response.Body.WriteAsync(block.AsMemory(0, (int)Math.Min(block.Length, size - sent)), context.RequestAborted);
        }
    }

    private static string Mib(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " MiB";

    private static long Resident()
    {
        // /proc/self/statm: size resident shared ... in pages.
        var fields = File.ReadAllText("/proc/self/statm").Split(' ');
        return long.Parse(fields[1], CultureInfo.InvariantCulture) * Environment.SystemPageSize;
    }

    private static long HighWaterMark()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                return long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
            }
        }

        return 0;
    }

    /// <summary>A read-only, non-seekable stream of <c>length</c> generated bytes: nothing is held in memory.</summary>
    private sealed class PatternStream(long length) : Stream
    {
        private long _position;

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = (int)Math.Min(buffer.Length, length - _position);
            for (var i = 0; i < n; i++)
            {
                buffer[i] = (byte)('a' + ((_position + i) % 26));
            }

            _position += n;
            return n;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => new(Read(buffer.Span));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Task.FromResult(Read(buffer, offset, count));

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
