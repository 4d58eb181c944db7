using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Net.Http;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Oai.Telemetry;

namespace Oai.Pipeline;

/// <summary>One streamed call: a single iterator that sends the request and owns the request message, the response,
/// the span and the reading, traced or not.</summary>
/// <remarks>
/// A reader task parses events as their bytes arrive and hands them over through a bounded channel, so each chunk
/// is timed when the network delivered it, however slowly the caller consumes (up to <see cref="Capacity"/> chunks
/// wait; past that the reader waits too). Leaving the loop in any way (the end, an exception, <c>break</c>,
/// cancellation) stops the reader, closes the connection, waits for the reader and ends the span, in that order.
/// </remarks>
internal sealed class PipelineStream<TRequest, TResult> : OaiStream<TResult>
    where TResult : class
{
    public const int Capacity = 4096;

    private readonly OaiPipeline _pipeline;
    private readonly StreamOperation<TRequest, TResult> _operation;
    private readonly TRequest _request;
    private readonly RequestOptions? _options;
    private readonly CancellationToken _callToken;
    private int _opened;
    private bool _done;

    public PipelineStream(OaiPipeline pipeline, StreamOperation<TRequest, TResult> operation, TRequest request, RequestOptions? options, CancellationToken callToken)
    {
        _pipeline = pipeline;
        _operation = operation;
        _request = request;
        _options = options;
        _callToken = callToken;
    }

    /// <summary>Gets the <c>x-request-id</c> header, with the client's key masked should a proxy have echoed it there.</summary>
    public override string? RequestId =>
        OaiApiException.ReadHeader(ResponseHeaders, "x-request-id") is { } id ? ApiKeyRedactor.Redact(id, _pipeline.Settings.ApiKey) : null;

    public override IAsyncEnumerator<TResult> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _opened, 1) != 0)
        {
            throw new InvalidOperationException("A stream is one HTTP response and can be enumerated once; call the method again for a new stream.");
        }

        return ReadAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);
    }

    private async IAsyncEnumerable<TResult> ReadAsync([EnumeratorCancellation] CancellationToken enumeratorToken)
    {
        // One source for the call's token, the enumerator's token, and stopping the reader when the loop is left.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(_callToken, enumeratorToken);
        var scope = OperationScope<TRequest, TResult>.Start(_operation, _request, _options, _pipeline.Settings, stream: true);
        var chunks = Channel.CreateBounded<(TResult Item, long Timestamp)>(
            new BoundedChannelOptions(Capacity) { SingleReader = true, SingleWriter = true, FullMode = BoundedChannelFullMode.Wait });
        HttpRequestMessage? message = null;
        HttpResponseMessage? response = null;
        ContentStream? body = null;
        Task? reader = null;
        Exception? failure = null;
        var completed = false;
        try
        {
            try
            {
                message = _pipeline.CreateMessage(_operation, _request, _options);
                response = await _pipeline.SendStreamedAsync(message, stop.Token).ConfigureAwait(false);
                if (!response.IsSuccessStatusCode)
                {
                    throw await ResponseErrors.FromResponseAsync(response, _pipeline.Settings, stop.Token).ConfigureAwait(false);
                }

                ResponseHeaders = response.Headers;
                var network = await response.Content.ReadAsStreamAsync(stop.Token).ConfigureAwait(false);
                body = new ContentStream(network, response, _pipeline.BodySettings($"The stream from {OaiPipeline.Describe(message)}", $"before {_operation.End}"), onEnd: null);
                var (sending, received, arrived) = (message, response, body);
                reader = Task.Run(() => PumpAsync(sending, received, arrived, chunks.Writer, stop.Token), CancellationToken.None);
            }
            catch (Exception ex)
            {
                failure = ex;
                throw;
            }

            while (true)
            {
                try
                {
                    if (!await chunks.Reader.WaitToReadAsync(stop.Token).ConfigureAwait(false))
                    {
                        break;
                    }
                }
                catch (Exception ex)
                {
                    failure = ex;
                    throw;
                }

                while (chunks.Reader.TryRead(out var chunk))
                {
                    // Chunks may already be waiting: the caller's cancellation must win over them.
                    stop.Token.ThrowIfCancellationRequested();
                    scope?.OnChunk(chunk.Item, chunk.Timestamp);
                    yield return chunk.Item;
                }
            }

            completed = true;
        }
        finally
        {
            // Cancelled inline: the reader's pending read ends without waiting for a thread-pool thread.
            stop.Cancel();

            // Closing the body ends a read waiting on the network, so the reader always finishes.
            body?.Dispose();
            if (reader is not null)
            {
                await reader.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }

            response?.Dispose();
            message?.Dispose();
            scope?.End(failure, completed, _callToken.IsCancellationRequested || enumeratorToken.IsCancellationRequested);
        }
    }

    /// <summary>Parses events as they arrive and writes each chunk with its arrival time; completes the channel at
    /// <c>[DONE]</c>, or with the exception that ended the stream.</summary>
    private async Task PumpAsync(
        HttpRequestMessage message, HttpResponseMessage response, ContentStream body, ChannelWriter<(TResult, long)> writer, CancellationToken cancellationToken)
    {
        try
        {
            var sawEvent = false;
            var events = SseParser.Create(body, (eventType, data) => Parse(eventType, data, response));
            await foreach (var item in events.EnumerateAsync(cancellationToken).ConfigureAwait(false))
            {
                sawEvent = true;
                if (_done)
                {
                    writer.TryComplete();
                    return;
                }

                if (item.Data is { } chunk)
                {
                    await writer.WriteAsync((chunk, Stopwatch.GetTimestamp()), cancellationToken).ConfigureAwait(false);
                    if (_operation.IsLast?.Invoke(chunk) == true)
                    {
                        writer.TryComplete();
                        return;
                    }
                }
            }

            throw new OaiStreamException(EndedEarly(message, response, sawEvent, _operation.End, _pipeline.Settings.ApiKey));
        }
        catch (Exception ex)
        {
            writer.TryComplete(ex);
        }
    }

    /// <summary>Reads one event straight from the parser's bytes: a chunk, or null for an empty event and for
    /// <c>[DONE]</c> (which ends the stream); an error event, or a chunk carrying an <c>error</c>, throws.</summary>
    private TResult? Parse(string eventType, ReadOnlySpan<byte> data, HttpResponseMessage response)
    {
        var apiKey = _pipeline.Settings.ApiKey;
        var trimmed = data.Trim(" \t\r\n"u8);
        if (eventType == "error")
        {
            throw ResponseErrors.FromErrorEvent(trimmed, response, _pipeline.Settings);
        }

        if (trimmed.IsEmpty)
        {
            return null;
        }

        if (trimmed.SequenceEqual("[DONE]"u8))
        {
            _done = true;
            return null;
        }

        TResult? chunk;
        try
        {
            chunk = JsonSerializer.Deserialize(trimmed, _operation.ChunkType);
        }
        catch (JsonException ex)
        {
            throw ResponseErrors.InvalidBody("stream event", System.Text.Encoding.UTF8.GetString(trimmed), ex, apiKey);
        }

        if (chunk is null)
        {
            throw ResponseErrors.InvalidBody("stream event", System.Text.Encoding.UTF8.GetString(trimmed), null, apiKey);
        }

        // A named event whose data declares another type is a broken stream, not a chunk to guess at.
        if (eventType != "message" && _operation.EventType?.Invoke(chunk) is { } declared && declared != eventType)
        {
            throw ResponseErrors.InvalidBody(
                $"stream event '{ApiKeyRedactor.Quote(eventType, apiKey)}'", System.Text.Encoding.UTF8.GetString(trimmed),
                new InvalidOperationException($"its data declares the type '{ApiKeyRedactor.Quote(declared, apiKey)}'"), apiKey);
        }

        return _operation.StreamError?.Invoke(chunk) is { } error
            ? throw ResponseErrors.Create(response.StatusCode, error, null, response, _pipeline.Settings)
            : chunk;
    }

    /// <summary>Says why a stream ended without <c>[DONE]</c>: a server that answered with something other than an
    /// event stream (plain JSON from a server that does not stream here) is told apart from a connection closed early.</summary>
    private static string EndedEarly(HttpRequestMessage message, HttpResponseMessage response, bool sawEvent, string end, string apiKey)
    {
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        return sawEvent || mediaType is null || mediaType.Equals("text/event-stream", StringComparison.OrdinalIgnoreCase)
            ? $"The stream from {OaiPipeline.Describe(message)} ended before {end}: the connection closed early."
            : $"The stream from {OaiPipeline.Describe(message)} ended before {end}: the response was {ApiKeyRedactor.Quote(mediaType, apiKey)}, not an event stream (does the server stream this endpoint?).";
    }
}
