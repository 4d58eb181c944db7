using System;
using System.Text.Json;
using System.Threading;

namespace Oai;

/// <summary>The open values of one type recently read, by their UTF-8 bytes, so that a value the service repeats on
/// every response and chunk (<c>chat.completion.chunk</c>, <c>default</c>, <c>stop</c>, <c>assistant</c>) is read
/// without a new string each time.</summary>
/// <remarks>A few slots shared by every thread: each holds an immutable entry replaced whole, so a reader sees an entry
/// or its successor, never half of one. A value the service sends once (or a flood of distinct ones) only takes a slot
/// in turn; escaped and long values are not cached.</remarks>
internal static class OpenValueCache<T>
    where T : struct, IOpenValue<T>
{
    private const int Slots = 8;
    private const int MaxLength = 64;
    private static readonly Entry?[] s_entries = new Entry?[Slots];
    private static int s_next;

    /// <summary>Reads the string token the reader is on as a <typeparamref name="T"/>, from the cache when it was seen.</summary>
    public static T Read(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length > MaxLength)
        {
            return T.Create(reader.GetString()!);
        }

        var bytes = reader.ValueSpan;
        foreach (var entry in s_entries)
        {
            if (entry is not null && bytes.SequenceEqual(entry.Utf8))
            {
                return entry.Value;
            }
        }

        var value = T.Create(reader.GetString()!);
        s_entries[(Interlocked.Increment(ref s_next) & int.MaxValue) % Slots] = new Entry(bytes.ToArray(), value);
        return value;
    }

    private sealed record Entry(byte[] Utf8, T Value);
}
