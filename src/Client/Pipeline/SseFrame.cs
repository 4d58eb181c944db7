using System;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Oai.Pipeline;

/// <summary>One server-sent event, parsed straight from the bytes the SSE parser hands over.</summary>
/// <param name="Kind">Whether this is a chunk, the <c>[DONE]</c> marker, or an event with nothing in it.</param>
/// <param name="Item">The parsed chunk, for <see cref="SseFrameKind.Item"/>.</param>
/// <param name="Timestamp">When the event's bytes were parsed off the network (<see cref="Stopwatch.GetTimestamp"/>).</param>
internal readonly record struct SseFrame<T>(SseFrameKind Kind, T? Item, long Timestamp)
{
    public static SseFrame<T> Parse(ReadOnlySpan<byte> data, JsonTypeInfo<T> type)
    {
        var timestamp = Stopwatch.GetTimestamp();
        var trimmed = data.Trim(" \t\r\n"u8);
        if (trimmed.IsEmpty)
        {
            return new SseFrame<T>(SseFrameKind.Empty, default, timestamp);
        }

        if (trimmed.SequenceEqual("[DONE]"u8))
        {
            return new SseFrame<T>(SseFrameKind.Done, default, timestamp);
        }

        T? item;
        try
        {
            item = JsonSerializer.Deserialize(trimmed, type);
        }
        catch (JsonException ex)
        {
            throw ResponseErrors.InvalidBody("stream event", Encoding.UTF8.GetString(trimmed), ex);
        }

        return item is null
            ? throw ResponseErrors.InvalidBody("stream event", Encoding.UTF8.GetString(trimmed), null)
            : new SseFrame<T>(SseFrameKind.Item, item, timestamp);
    }
}
