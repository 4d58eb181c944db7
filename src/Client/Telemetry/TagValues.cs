using System;
using System.Collections.Generic;
using System.Diagnostics;

namespace Oai.Telemetry;

/// <summary>Tag values as the span stores them (<see cref="object"/>), without boxing a new one for the values most
/// calls repeat: token counts below 1,024 (a cached or reasoning count is 0 on most calls) and sampling parameters
/// with one decimal (temperature 0.2, top-p 1.0). A cached box holds exactly the value asked for, or is not used.</summary>
internal static class TagValues
{
    private static readonly object?[] s_longs = new object?[1024];
    private static readonly object?[] s_tenths = new object?[21];

    /// <summary>The value boxed, shared when it is small.</summary>
    public static object Box(long value)
    {
        if ((ulong)value >= (ulong)s_longs.Length)
        {
            return value;
        }

        return s_longs[value] ??= value;
    }

    /// <summary>The value boxed, shared when it is a tenth between 0 and 2 (the range of every sampling parameter).</summary>
    public static object Box(double value)
    {
        var tenth = Math.Round(value * 10);
        if (!(tenth >= 0 && tenth < s_tenths.Length) || Math.Abs((value * 10) - tenth) > 1e-9)
        {
            return value;
        }

        // Read once: racing threads may each store a box, and a slot may hold a neighbouring value (0.30000000000000004
        // beside 0.3), so a box is used only when it holds exactly these bits.
        var slot = (int)tenth;
        var cached = s_tenths[slot];
        return cached is double held && BitConverter.DoubleToInt64Bits(held) == BitConverter.DoubleToInt64Bits(value)
            ? cached
            : s_tenths[slot] = value;
    }

    /// <summary>Copies start tags into an exactly sized array: <c>StartActivity</c> takes an <see cref="IEnumerable{T}"/>,
    /// and a <see cref="TagList"/> passed there is boxed with each of its (TagList-sized) enumerators, about 450 B.</summary>
    public static KeyValuePair<string, object?>[] ToArray(in TagList tags)
    {
        var array = new KeyValuePair<string, object?>[tags.Count];
        tags.CopyTo(array);
        return array;
    }
}
