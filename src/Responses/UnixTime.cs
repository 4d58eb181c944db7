using System;

namespace Oai;

/// <summary>Turns the raw Unix timestamps some records keep (<c>created</c>) into dates without ever throwing.</summary>
internal static class UnixTime
{
    private const long MaxSeconds = 253_402_300_799;
    private const long MinSeconds = -62_135_596_800;

    /// <summary>Reads <paramref name="value"/> as seconds; a value too large for seconds but within milliseconds is
    /// read as milliseconds (some OpenAI-compatible servers send those); anything beyond is clamped.</summary>
    public static DateTimeOffset FromSeconds(long value)
    {
        if (value is >= MinSeconds and <= MaxSeconds)
        {
            return DateTimeOffset.FromUnixTimeSeconds(value);
        }

        if (value is >= MinSeconds * 1000 and <= MaxSeconds * 1000)
        {
            return DateTimeOffset.FromUnixTimeMilliseconds(value);
        }

        return value > 0 ? DateTimeOffset.MaxValue : DateTimeOffset.MinValue;
    }
}
