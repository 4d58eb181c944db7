using System;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Oai.Emulator;
using Oai.IntegrationTests.Servers;
using Oai.IntegrationTests.Telemetry;

namespace Oai.IntegrationTests.Faults;

/// <summary>A server that sends its headers and some bytes, then nothing: over real sockets the client gives up after
/// its stream idle timeout, closes the connection and ends the span.</summary>
/// <remarks>The stream runs on the emulator; the download stays on the raw fault server, since the emulator stalls only
/// streams of events, not a file's content.</remarks>
[Collection("Telemetry")]
public sealed class IdleStreamTests
{
    [Fact]
    public async Task A_stream_that_goes_silent_over_real_sockets_ends_with_a_timeout_and_a_closed_connection()
    {
        using var spans = SpanCapture.Start();
        await using var emulator = await FaultEmulator.StartAsync(spans.Model);

        // Two chunks (the assistant's role with empty content, then "Hel"), then silence with the connection open.
        emulator.Enqueue(EmulatorReply.Text("Hel lo") with { StallAfterChunks = 2 });
        using var client = FaultEmulator.Client(emulator, options => options.StreamIdleTimeout = TimeSpan.FromMilliseconds(300));
        var text = new StringBuilder();

        await Assert.ThrowsAsync<OaiTimeoutException>(async () =>
        {
            await foreach (var chunk in client.Chat.Completions.CreateStreamAsync(FaultClients.Request(spans.Model)))
            {
                text.Append(chunk.Choices[0].Delta.Content);
            }
        });

        Assert.Equal("Hel", text.ToString());
        Assert.True(await Assert.Single(emulator.Requests).ClientLeft.WaitAsync(TimeSpan.FromSeconds(30)), "expected the client to close the connection");
        spans.AssertError("Oai.OaiTimeoutException");
    }

    [Fact]
    public async Task A_download_that_goes_silent_over_real_sockets_ends_with_a_timeout_and_a_closed_connection()
    {
        await using var server = await FaultServer.StartAsync(async (context, fault) =>
        {
            context.Response.ContentType = "application/octet-stream";
            await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes("first bytes"), context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        });
        using var client = FaultClients.Create(server, options => options.StreamIdleTimeout = TimeSpan.FromMilliseconds(300));

        var ex = await Assert.ThrowsAsync<OaiTimeoutException>(() => client.Files.ContentBytesAsync("file-1"));

        Assert.Equal("The content from GET /v1/files/file-1/content received no data for 00:00:00.3000000 (the client's StreamIdleTimeout) after 11 bytes; the connection was closed.", ex.Message);
        await server.ClientAborted.WaitAsync(TimeSpan.FromSeconds(30));
    }
}
