using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Oai.IntegrationTests.Servers;
using Oai.Responses;
using Oai.UnitTests.TestSupport;

namespace Oai.IntegrationTests.Streaming;

/// <summary>Responses streams over a real socket: read to the end, cut mid-way, an <c>error</c> event, a
/// <c>response.failed</c>, a mislabelled event, and cancellation.</summary>
public sealed class LoopbackResponseStreamTests
{
    private static OaiClient Client(LoopbackServer server) => new(new OaiClientOptions
    {
        ApiKey = "sk-loopback-test-key-000000000000",
        BaseUrl = server.BaseUrl,
        RetryBaseDelay = TimeSpan.FromMilliseconds(1),
    });

    private static ResponseRequest Request() => new() { Model = "gpt-4o-mini", Input = "Say hello" };

    private static async Task WriteAsync(HttpContext context, string events, CancellationToken cancellationToken = default)
    {
        await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(events), cancellationToken);
        await context.Response.Body.FlushAsync(cancellationToken);
    }

    private static async Task<(List<ResponseStreamEvent> Events, T Error)> ReadUntilAsync<T>(OaiStream<ResponseStreamEvent> stream, Action? onEvent = null)
        where T : Exception
    {
        var events = new List<ResponseStreamEvent>();
        var error = await Assert.ThrowsAsync<T>(async () =>
        {
            await foreach (var e in stream)
            {
                events.Add(e);
                onEvent?.Invoke();
            }
        });
        return (events, error);
    }

    [Fact]
    public async Task A_stream_read_to_its_terminal_event_ends_there_and_folds_back()
    {
        await using var server = await LoopbackServer.StartAsync(async (context, _) =>
        {
            Sse.Begin(context);
            await WriteAsync(context, ResponseSse.Completed("Hello there"));

            // The service closes after the terminal event; a server that lingers must not hold the caller.
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        });
        using var client = Client(server);

        var accumulator = new ResponseAccumulator();
        var stream = client.Responses.CreateStreamAsync(Request());
        await foreach (var e in stream)
        {
            accumulator.Append(e);
        }

        Assert.Equal("Hello there", accumulator.Text);
        Assert.Null(accumulator.Mismatch);
        Assert.Equal((ResponseStatus.Completed, 6), (accumulator.Build().Status!.Value, accumulator.Build().Usage!.TotalTokens));
        Assert.Equal(4, accumulator.LastSequenceNumber);
        Assert.Equal("req_loopback", stream.RequestId);
        await server.ClientAborted.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task A_stream_that_closes_before_its_terminal_event_is_a_stream_exception()
    {
        await using var server = await LoopbackServer.StartAsync(async (context, _) =>
        {
            Sse.Begin(context);
            await WriteAsync(context, ResponseSse.Cut());
        });
        using var client = Client(server);

        var (events, error) = await ReadUntilAsync<OaiStreamException>(client.Responses.CreateStreamAsync(Request()));

        Assert.Equal(3, events.Count);
        Assert.Equal(
            "The stream from POST /v1/responses ended before its terminal event (response.completed, response.incomplete or response.failed): the connection closed early.",
            error.Message);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task A_connection_dropped_mid_stream_is_a_stream_exception_and_not_retried()
    {
        LoopbackServer? self = null;
        await using var server = self = await LoopbackServer.StartAsync(async (context, _) =>
        {
            Sse.Begin(context);
            await WriteAsync(context, ResponseSse.Cut());
            await self!.ClientHasData.Task.WaitAsync(TimeSpan.FromSeconds(30));
            context.Abort();
        });
        using var client = Client(server);

        var (events, error) = await ReadUntilAsync<OaiStreamException>(
            client.Responses.CreateStreamAsync(Request()), () => server.ClientHasData.TrySetResult());
        Assert.InRange(events.Count, 1, 3);
        Assert.StartsWith("The stream from POST /v1/responses", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task An_error_event_throws_the_api_exception_after_the_events_before_it()
    {
        await using var server = await LoopbackServer.StartAsync(async (context, _) =>
        {
            Sse.Begin(context);
            await WriteAsync(context, ResponseSse.Error("rate_limit_exceeded", "Slow down."));
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        });
        using var client = Client(server);

        var (events, error) = await ReadUntilAsync<OaiApiException>(client.Responses.CreateStreamAsync(Request()));

        Assert.IsType<ResponseCreatedEvent>(Assert.Single(events));
        Assert.Equal(System.Net.HttpStatusCode.OK, error.StatusCode);
        Assert.Equal("rate_limit_exceeded", error.Code);
        Assert.Contains("Slow down.", error.Message);
        Assert.Equal("req_loopback", error.RequestId);
        await server.ClientAborted.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task A_failed_response_throws_the_api_exception_with_its_error()
    {
        await using var server = await LoopbackServer.StartAsync(async (context, _) =>
        {
            Sse.Begin(context);
            await WriteAsync(context, ResponseSse.Failed("server_error", "The model crashed."));
        });
        using var client = Client(server);

        var (events, error) = await ReadUntilAsync<OaiApiException>(client.Responses.CreateStreamAsync(Request()));

        Assert.Equal(["response.created", "response.output_text.delta"], events.ConvertAll(e => e.Type));
        Assert.Equal(("server_error", "server_error"), (error.Code, error.ErrorType));
        Assert.Contains("The model crashed.", error.Message);
    }

    [Fact]
    public async Task An_event_whose_name_and_type_disagree_fails_typed()
    {
        await using var server = await LoopbackServer.StartAsync(async (context, _) =>
        {
            Sse.Begin(context);
            await WriteAsync(context, "event: response.output_text.delta\ndata: {\"type\":\"response.completed\",\"sequence_number\":0,\"response\":{\"id\":\"resp_1\"}}\n\n");
        });
        using var client = Client(server);

        var (events, error) = await ReadUntilAsync<OaiInvalidResponseException>(client.Responses.CreateStreamAsync(Request()));

        Assert.Empty(events);
        Assert.StartsWith("The stream event 'response.output_text.delta' could not be read: its data declares the type 'response.completed'.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_in_the_middle_closes_the_connection()
    {
        await using var server = await LoopbackServer.StartAsync(async (context, _) =>
        {
            Sse.Begin(context);
            await WriteAsync(context, ResponseSse.Cut(), context.RequestAborted);
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        });
        using var client = Client(server);
        using var cts = new CancellationTokenSource();

        var received = new List<ResponseStreamEvent>();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var e in client.Responses.CreateStreamAsync(Request()).WithCancellation(cts.Token))
            {
                received.Add(e);
                await cts.CancelAsync();
            }
        });

        Assert.Single(received);
        await server.ClientAborted.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(1, server.AbortedRequests);
    }
}
