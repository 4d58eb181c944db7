using System;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Oai.Responses;

namespace Oai.Pipeline;

/// <summary>One server-sent event, parsed straight from the bytes the SSE parser hands over.</summary>
/// <param name="Kind">Whether this is a chunk, the <c>[DONE]</c> marker, an error event, or an event with nothing in it.</param>
/// <param name="Item">The parsed chunk, for <see cref="SseFrameKind.Item"/>.</param>
/// <param name="Timestamp">When the event's bytes were parsed off the network (<see cref="Stopwatch.GetTimestamp"/>).</param>
/// <param name="Error">For <see cref="SseFrameKind.Error"/>: the error the event carried, when it was JSON.</param>
/// <param name="Excerpt">For <see cref="SseFrameKind.Error"/>: the event's data, redacted and cut, when it carried no error message.</param>
internal readonly record struct SseFrame<T>(SseFrameKind Kind, T? Item, long Timestamp, ApiError? Error = null, string? Excerpt = null)
{
    public static SseFrame<T> Parse(string eventType, ReadOnlySpan<byte> data, JsonTypeInfo<T> type, string apiKey)
    {
        var timestamp = Stopwatch.GetTimestamp();
        var trimmed = data.Trim(" \t\r\n"u8);
        if (eventType == "error")
        {
            var error = ParseError(trimmed);
            var excerpt = error?.Message is { Length: > 0 } || trimmed.IsEmpty
                ? null
                : ResponseErrors.Excerpt(Encoding.UTF8.GetString(trimmed), apiKey);
            return new SseFrame<T>(SseFrameKind.Error, default, timestamp, error, excerpt ?? (error is null ? "(an error event with no data)" : null));
        }

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
            throw ResponseErrors.InvalidBody("stream event", Encoding.UTF8.GetString(trimmed), ex, apiKey);
        }

        return item is null
            ? throw ResponseErrors.InvalidBody("stream event", Encoding.UTF8.GetString(trimmed), null, apiKey)
            : new SseFrame<T>(SseFrameKind.Item, item, timestamp);
    }

    /// <summary>Reads an <c>event: error</c>'s data: <c>{"error": {...}}</c> as chat streams send it, or the error's
    /// fields at the top level as other streams do; null when it is not a JSON object.</summary>
    private static ApiError? ParseError(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty || data[0] != (byte)'{')
        {
            return null;
        }

        try
        {
            var wrapped = JsonSerializer.Deserialize(data, ResponsesJsonContext.Default.ApiErrorResponse);
            return wrapped?.Error ?? JsonSerializer.Deserialize(data, ResponsesJsonContext.Default.ApiError);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
