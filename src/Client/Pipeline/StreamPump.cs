using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace Oai.Pipeline;

/// <summary>Reads a stream's events on a background task as they arrive, handing them to the consumer through a
/// bounded channel.</summary>
/// <remarks>
/// Leaving the consumer loop (end, exception, break, cancellation) stops the reader, closes the body and waits for
/// the reader, so no read outlives the response. Up to <see cref="Capacity"/> events wait for a slow consumer; past that the reader waits too.
/// </remarks>
internal static class StreamPump
{
    public const int Capacity = 4096;

    public static async IAsyncEnumerable<T> Run<T>(
        IAsyncEnumerable<T> source, IDisposable body, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<T>(new BoundedChannelOptions(Capacity)
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reader = Task.Run(() => FillAsync(source, channel.Writer, stop.Token), CancellationToken.None);
        try
        {
            while (await channel.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (channel.Reader.TryRead(out var item))
                {
                    yield return item;
                }
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);

            // Closing the body aborts a read that is waiting on the network, so the reader always finishes.
            body.Dispose();
            await reader.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private static async Task FillAsync<T>(IAsyncEnumerable<T> source, ChannelWriter<T> writer, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var item in source.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                await writer.WriteAsync(item, cancellationToken).ConfigureAwait(false);
            }

            writer.TryComplete();
        }
        catch (Exception ex)
        {
            writer.TryComplete(ex);
        }
    }
}
