using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Oai.Emulator;
using Oai.IntegrationTests.Servers;
using Oai.IntegrationTests.Telemetry;

namespace Oai.IntegrationTests.Faults;

/// <summary>Success statuses with bodies that cannot be read: each a typed exception that says what was wrong, never
/// a raw <see cref="System.Text.Json.JsonException"/>.</summary>
/// <remarks>A truncated body and an error event run on the emulator (a JSON reply of one's own, an error after N chunks);
/// an HTML body and a malformed event are bytes the emulator never writes, so they stay on the raw fault server.</remarks>
[Collection("Telemetry")]
public sealed class InvalidBodyTests
{
    [Fact]
    public async Task A_body_that_is_not_JSON_is_an_invalid_response_exception_quoting_it()
    {
        using var spans = SpanCapture.Start();
        await using var server = await FaultServer.StartAsync(Respond.Body("text/html", "<html><body>502 Bad Gateway</body></html>"));
        using var client = FaultClients.Create(server);

        var ex = await Assert.ThrowsAsync<OaiInvalidResponseException>(() => client.Chat.Completions.CreateAsync(FaultClients.Request(spans.Model)));

        Assert.StartsWith("The chat response could not be read: invalid JSON", ex.Message, StringComparison.Ordinal);
        Assert.EndsWith("Body starts: <html><body>502 Bad Gateway</body></html>", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, server.Requests);
        spans.AssertError("Oai.OaiInvalidResponseException");
    }

    [Fact]
    public async Task A_truncated_JSON_body_is_an_invalid_response_exception()
    {
        using var spans = SpanCapture.Start();
        var truncated = Respond.CompletionJson("chatcmpl-cut")[..80];
        await using var emulator = await FaultEmulator.StartAsync(spans.Model);
        emulator.Enqueue(EmulatorReply.Json(truncated));
        using var client = FaultEmulator.Client(emulator);

        var ex = await Assert.ThrowsAsync<OaiInvalidResponseException>(() => client.Chat.Completions.CreateAsync(FaultClients.Request(spans.Model)));

        Assert.StartsWith("The chat response could not be read: invalid JSON", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Body starts: {\"id\":\"chatcmpl-cut\"", ex.Message, StringComparison.Ordinal);
        Assert.IsType<System.Text.Json.JsonException>(ex.InnerException, exactMatch: false);
        spans.AssertError("Oai.OaiInvalidResponseException");
    }

    [Fact]
    public async Task A_stream_with_a_malformed_data_line_is_an_invalid_response_exception()
    {
        using var spans = SpanCapture.Start();
        await using var server = await FaultServer.StartAsync(Respond.Stream(StreamEnd.Done, FaultClients.Chunk("one"), "{\"id\":\"chatcmpl-x\",\"choices\":[{"));
        using var client = FaultClients.Create(server);

        var received = new List<string>();
        var ex = await Assert.ThrowsAsync<OaiInvalidResponseException>(async () =>
        {
            await foreach (var chunk in client.Chat.Completions.CreateStreamAsync(FaultClients.Request(spans.Model)))
            {
                received.Add(chunk.Id);
            }
        });

        Assert.Single(received);
        Assert.StartsWith("The stream event could not be read: invalid JSON", ex.Message, StringComparison.Ordinal);
        Assert.EndsWith("Body starts: {\"id\":\"chatcmpl-x\",\"choices\":[{", ex.Message, StringComparison.Ordinal);
        spans.AssertError("Oai.OaiInvalidResponseException");
    }

    [Fact]
    public async Task A_stream_with_an_error_event_is_an_api_exception_like_an_HTTP_error()
    {
        using var spans = SpanCapture.Start();
        await using var emulator = await FaultEmulator.StartAsync(spans.Model);
        emulator.EnqueueInOrder(EmulatorReply.Text("one two") with
        {
            ErrorAfterChunks = 1,
            StreamError = new ApiError { Message = "The server had an error while processing your request.", Type = "server_error" },
        });
        using var client = FaultEmulator.Client(emulator);

        var received = 0;
        var ex = await Assert.ThrowsAsync<OaiApiException>(async () =>
        {
            await foreach (var _ in client.Chat.Completions.CreateStreamAsync(FaultClients.Request(spans.Model)))
            {
                received++;
            }
        });

        Assert.Equal(1, received);
        Assert.Equal(System.Net.HttpStatusCode.OK, ex.StatusCode);
        Assert.Equal("server_error", ex.ErrorType);
        Assert.Equal("req_1", ex.RequestId);
        Assert.StartsWith("HTTP 200 (OK) server_error: The server had an error while processing your request.", ex.Message, StringComparison.Ordinal);
        Assert.Single(emulator.Requests);

        // An error event inside a 200 stream has no telling status: error.type is the error's own type.
        spans.AssertError("server_error");
    }
}
