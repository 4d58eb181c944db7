using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using Oai.Chat;
using Oai.Embeddings;
using Oai.Emulator;
using Oai.Files;

namespace Oai.IntegrationTests.Emulator;

/// <summary>Record and replay, with a second emulator as the "real" upstream (never the real service here).</summary>
public sealed class EmulatorRecordReplayTests : IDisposable
{
    private const string UpstreamKey = "sk-upstream-secret-0123456789";
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"oai-emulator-{Guid.NewGuid():N}.json");

    public void Dispose() => File.Delete(_path);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_recorded_session_replays_offline_exactly_without_its_secrets(bool inMemory)
    {
        await using var upstream = await Emulators.StartAsync(false, new OaiEmulatorOptions
        {
            FirstChunkDelay = TimeSpan.FromMilliseconds(100),
            ChunkDelay = TimeSpan.FromMilliseconds(30),
        });
        upstream.Enqueue(EmulatorReply.Text($"The key is {UpstreamKey}, do not tell.") with { Path = "chat/completions", When = r => !r.IsStream });

        Recorded recorded;
        await using (var proxy = await Emulators.StartAsync(inMemory, new OaiEmulatorOptions { Upstream = upstream.BaseUrl, UpstreamApiKey = UpstreamKey, RecordPath = _path }))
        {
            using var client = Emulators.Client(proxy);
            recorded = await SessionAsync(client);
        }

        // The upstream saw the emulator's key, never the caller's.
        Assert.All(upstream.Requests, request => Assert.True(request.HasApiKey(UpstreamKey)));
        var file = await File.ReadAllTextAsync(_path);
        Assert.DoesNotContain(UpstreamKey, file);
        Assert.DoesNotContain(OaiEmulator.ApiKey, file);
        Assert.DoesNotContain("Authorization", file, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("The key is [REDACTED], do not tell.", file);
        Assert.Equal(6, JsonDocument.Parse(file).RootElement.GetProperty("exchanges").GetArrayLength());

        await using var replay = await Emulators.StartAsync(inMemory, new OaiEmulatorOptions { ReplayPath = _path });
        using var offline = Emulators.Client(replay);
        var replayed = await SessionAsync(offline);

        Assert.Equal(recorded.Whole.Id, replayed.Whole.Id);
        Assert.Equal("The key is [REDACTED], do not tell.", replayed.Whole.Choices[0].Message.Content);
        Assert.Equal(recorded.StreamId, replayed.StreamId);
        Assert.Equal(recorded.StreamText, replayed.StreamText);
        Assert.Equal(recorded.StreamRequestId, replayed.StreamRequestId);
        Assert.Equal(recorded.Vector, replayed.Vector);
        Assert.Equal(recorded.FileId, replayed.FileId);
        Assert.Equal(recorded.Download, replayed.Download);
        Assert.Equal(recorded.ErrorRequestId, replayed.ErrorRequestId);
        // The stream keeps its timing: the replay waits for each event until its recorded offset, so the stream takes
        // at least as long as the last offset the proxy recorded (a lower bound only; under load the proxy may have seen
        // the upstream's 100 ms + 6 x 30 ms arrive closer together, and it replays what it saw).
        var lastOffset = JsonDocument.Parse(file).RootElement.GetProperty("exchanges").EnumerateArray()
            .Where(exchange => exchange.TryGetProperty("events", out var events) && events.ValueKind == JsonValueKind.Array && events.GetArrayLength() > 0)
            .Select(exchange => exchange.GetProperty("events").EnumerateArray().Max(e => e.GetProperty("at_ms").GetDouble()))
            .Single();
        Assert.True(lastOffset > 0, "expected the recorded stream to carry its events' offsets");
        Assert.True(replayed.StreamTime >= TimeSpan.FromMilliseconds(lastOffset), $"replayed stream took {replayed.StreamTime}, recorded {lastOffset} ms");

        var exhausted = await Assert.ThrowsAsync<OaiApiException>(() => offline.Chat.Completions.CreateAsync(Emulators.Chat()));
        Assert.Equal(HttpStatusCode.NotFound, exhausted.StatusCode);
        Assert.Equal("replay_exhausted", exhausted.Code);
    }

    private static async Task<Recorded> SessionAsync(OaiClient client)
    {
        var whole = await client.Chat.Completions.CreateAsync(Emulators.Chat());
        var started = Stopwatch.StartNew();
        var stream = client.Chat.Completions.CreateStreamAsync(Emulators.Chat("stream this please now"));
        var chunks = await stream.ToListAsync();
        var streamTime = started.Elapsed;
        var embedding = await client.Embeddings.CreateAsync(new EmbeddingRequest { Model = "text-embedding-3-small", Input = "x", Dimensions = 8 });
        var file = await client.Files.CreateAsync(new MemoryStream([1, 2, 3, 250]), "bytes.bin", FilePurpose.UserData);
        await using var content = await client.Files.ContentAsync(file.Id);
        using var download = new MemoryStream();
        await content.CopyToAsync(download);
        var error = await Assert.ThrowsAsync<OaiApiException>(() => client.Chat.Completions.CreateAsync(Emulators.Chat(model: "gpt-unknown")));
        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        return new Recorded(
            whole, chunks[0].Id, string.Concat(chunks.Select(c => c.TryGetText(out var t) ? t : string.Empty)), stream.RequestId, streamTime,
            embedding.Data[0].Vector.ToArray(), file.Id, download.ToArray(), error.RequestId);
    }

    private sealed record Recorded(
        ChatCompletion Whole, string StreamId, string StreamText, string? StreamRequestId, TimeSpan StreamTime,
        float[] Vector, string FileId, byte[] Download, string? ErrorRequestId);
}
