using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Oai.Telemetry;

namespace Oai.Pipeline;

internal sealed partial class OaiPipeline
{
    /// <summary>Returns a stream that sends the request when enumeration starts.</summary>
    public OaiStream<TResult> OpenStream<TRequest, TResult>(
        Operation<TRequest, TResult> operation, TRequest request, RequestOptions? options, CancellationToken cancellationToken)
    {
        return new OaiStream<TResult>((owner, enumeratorToken) =>
            TracedStreamAsync(owner, operation, request, options, cancellationToken, enumeratorToken).GetAsyncEnumerator(enumeratorToken));
    }

    /// <summary>Wraps the stream in its span: opened on the first <c>MoveNextAsync</c>, ended exactly once in the
    /// finally block, whether the stream was read to the end, failed, was cancelled or was left early.</summary>
    private async IAsyncEnumerable<TResult> TracedStreamAsync<TRequest, TResult>(
        OaiStream<TResult> owner,
        Operation<TRequest, TResult> operation,
        TRequest request,
        RequestOptions? options,
        CancellationToken callToken,
        [EnumeratorCancellation] CancellationToken enumeratorToken)
    {
        using var linked = callToken.CanBeCanceled && enumeratorToken.CanBeCanceled
            ? CancellationTokenSource.CreateLinkedTokenSource(callToken, enumeratorToken)
            : null;
        var cancellationToken = linked?.Token ?? (callToken.CanBeCanceled ? callToken : enumeratorToken);

        var scope = OperationScope.Start(operation, request, options, Settings, stream: true);
        var frames = StreamCoreAsync(owner, operation, request, options, pump: scope is not null, cancellationToken)
            .GetAsyncEnumerator(cancellationToken);
        Exception? failure = null;
        var completed = false;
        try
        {
            while (true)
            {
                try
                {
                    // Chunks may already be buffered: the caller's cancellation must win over them.
                    cancellationToken.ThrowIfCancellationRequested();
                    if (!await frames.MoveNextAsync().ConfigureAwait(false))
                    {
                        break;
                    }
                }
                catch (Exception ex)
                {
                    failure = ex;
                    throw;
                }

                var frame = frames.Current;
                scope?.OnChunk(operation, frame.Item!, frame.Timestamp);
                yield return frame.Item!;
            }

            completed = true;
        }
        finally
        {
            await frames.DisposeAsync().ConfigureAwait(false);
            scope?.End(operation, failure, completed, cancellationToken.IsCancellationRequested);
        }
    }

    /// <summary>Sends the request and yields each chunk with the time its bytes were parsed; ends at <c>[DONE]</c>.</summary>
    private async IAsyncEnumerable<SseFrame<TResult>> StreamCoreAsync<TRequest, TResult>(
        OaiStream<TResult> owner,
        Operation<TRequest, TResult> operation,
        TRequest request,
        RequestOptions? options,
        bool pump,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var message = CreateMessage(operation, request, options, ResponseKind.EventStream);
        using var response = await SendCoreAsync(message, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw await ResponseErrors.FromResponseAsync(response, Settings.ApiKey, cancellationToken).ConfigureAwait(false);
        }

        owner.SetResponse(response);
        var apiKey = Settings.ApiKey;
        var network = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);

        // Every read failure (broken connection, undecodable bytes, a silent server) becomes a typed exception there.
        using var body = new ContentStream(network, response, BodySettings($"The stream from {Describe(message)}", "before its [DONE] event"), onEnd: null);
        var events = SseParser.Create(body, (eventType, data) => SseFrame<TResult>.Parse(eventType, data, operation.JsonResultType, apiKey))
            .EnumerateAsync(cancellationToken);

        // With telemetry on, a reader drains the socket as bytes arrive, so a slow consumer cannot delay the
        // timestamps that time-to-first-chunk and time-per-chunk are computed from.
        var frames = (pump ? StreamPump.Run(events, body, cancellationToken) : events).GetAsyncEnumerator(cancellationToken);
        var sawEvent = false;
        await using (frames.ConfigureAwait(false))
        {
            while (true)
            {
                if (!await frames.MoveNextAsync().ConfigureAwait(false))
                {
                    throw new OaiStreamException(EndedEarly(message, response, sawEvent));
                }

                sawEvent = true;
                var frame = frames.Current.Data;
                switch (frame.Kind)
                {
                    case SseFrameKind.Done:
                        yield break;
                    case SseFrameKind.Empty:
                        continue;
                    case SseFrameKind.Error:
                        throw ResponseErrors.Create(response.StatusCode, frame.Error, frame.Excerpt, response, apiKey);
                }

                if (operation.StreamError?.Invoke(frame.Item!) is { } error)
                {
                    throw ResponseErrors.Create(response.StatusCode, error, null, response, apiKey);
                }

                yield return frame;
            }
        }
    }

    /// <summary>How a streamed body describes its failures, with the client's idle timeout and key.</summary>
    private ContentStream.Settings BodySettings(string subject, string beforeEnd) =>
        new(subject, beforeEnd, Settings.StreamIdleTimeout, Settings.TimeProvider, Settings.ApiKey);

    /// <summary>Says why a stream ended without <c>[DONE]</c>: a server that answered with something other than an
    /// event stream (plain JSON from a server that does not stream here) is told apart from a connection closed early.</summary>
    private static string EndedEarly(HttpRequestMessage message, HttpResponseMessage response, bool sawEvent)
    {
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        return sawEvent || mediaType is null || mediaType.Equals("text/event-stream", StringComparison.OrdinalIgnoreCase)
            ? $"The stream from {Describe(message)} ended before its [DONE] event: the connection closed early."
            : $"The stream from {Describe(message)} ended before its [DONE] event: the response was {ApiKeyRedactor.Quote(mediaType)}, not an event stream (does the server stream this endpoint?).";
    }
}
