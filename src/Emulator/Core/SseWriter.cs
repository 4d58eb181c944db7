using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace Oai.Emulator.Core;

/// <summary>Writes server-sent events as the service does (<c>data: {json}</c>, a blank line, <c>data: [DONE]</c> at the
/// end), waiting the configured delays on the emulator's clock and applying a scripted reply's stream faults.</summary>
internal static class SseWriter
{
    private static readonly byte[] s_data = "data: "u8.ToArray();
    private static readonly byte[] s_end = "\n\n"u8.ToArray();
    private static readonly byte[] s_done = "data: [DONE]\n\n"u8.ToArray();

    public static async Task WriteAsync(EndpointContext context, IReadOnlyList<byte[]> events)
    {
        var response = context.Http.Response;
        var reply = context.Reply;
        response.StatusCode = 200;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        await response.StartAsync(context.Aborted).ConfigureAwait(false);

        var first = reply?.FirstChunkDelay ?? context.State.FirstChunkDelay;
        var between = reply?.ChunkDelay ?? context.State.ChunkDelay;
        for (var i = 0; i <= events.Count; i++)
        {
            if (reply is not null && await FaultAsync(context, reply, i).ConfigureAwait(false))
            {
                return;
            }

            if (i == events.Count)
            {
                break;
            }

            await DelayAsync(context, i == 0 ? first : between).ConfigureAwait(false);
            await WriteEventAsync(response, events[i], context.Aborted).ConfigureAwait(false);
        }

        await response.Body.WriteAsync(s_done, context.Aborted).ConfigureAwait(false);
        await response.Body.FlushAsync(context.Aborted).ConfigureAwait(false);
    }

    public static async Task WriteEventAsync(HttpResponse response, ReadOnlyMemory<byte> json, CancellationToken cancellationToken)
    {
        await response.Body.WriteAsync(s_data, cancellationToken).ConfigureAwait(false);
        await response.Body.WriteAsync(json, cancellationToken).ConfigureAwait(false);
        await response.Body.WriteAsync(s_end, cancellationToken).ConfigureAwait(false);
        await response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public static Task DelayAsync(EndpointContext context, TimeSpan delay) =>
        delay > TimeSpan.Zero ? Task.Delay(delay, context.State.Clock, context.Aborted) : Task.CompletedTask;

    /// <summary>Applies the fault scripted for the point before event <paramref name="sent"/>; true when it ended the stream.</summary>
    private static async Task<bool> FaultAsync(EndpointContext context, EmulatorReply reply, int sent)
    {
        if (reply.CutAfterChunks == sent)
        {
            // The body ends cleanly but without [DONE]: a stream cut short.
            return true;
        }

        if (reply.ErrorAfterChunks == sent)
        {
            var error = reply.StreamError ?? new ApiError { Message = "The server had an error while processing your request. Sorry about that!", Type = "server_error" };
            var body = Wire.ToUtf8(new ApiErrorResponse { Error = error }, RecordsJsonContext.Default.ApiErrorResponse, Wire.ErrorNulls);
            await WriteEventAsync(context.Http.Response, body, context.Aborted).ConfigureAwait(false);
            return true;
        }

        if (reply.StallAfterChunks == sent)
        {
            await context.Http.Response.Body.FlushAsync(context.Aborted).ConfigureAwait(false);
            await Task.Delay(Timeout.Infinite, context.Aborted).ConfigureAwait(false);
        }

        return false;
    }
}
