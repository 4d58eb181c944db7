using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Oai.UnitTests.Robustness;

/// <summary>One HTTP response as the server sends it: status, headers and the bytes on the wire.</summary>
internal sealed record Reply
{
    public int Status { get; init; } = 200;

    /// <summary>Gets the Content-Type header, or null for none.</summary>
    public string? ContentType { get; init; }

    /// <summary>Gets the Content-Encoding header, or null for none; <see cref="Body"/> is already encoded (or lies).</summary>
    public string? ContentEncoding { get; init; }

    /// <summary>Gets the other response headers.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];

    public byte[] Body { get; init; } = [];

    public BodyEnd End { get; init; } = BodyEnd.Complete;

    /// <summary>Gets how many body bytes go out before a <see cref="BodyEnd.Stall"/> or <see cref="BodyEnd.Drop"/>.</summary>
    public int Cutoff { get; init; }

    /// <summary>Gets the size of the largest header value, to tell whether a client could accept the headers at all.</summary>
    public int LargestHeader => Headers.Select(h => h.Value.Length).DefaultIfEmpty(0).Max();

    public static Reply Text(int status, string contentType, string body, IReadOnlyList<KeyValuePair<string, string>>? headers = null) => new()
    {
        Status = status,
        ContentType = contentType,
        Body = Encoding.UTF8.GetBytes(body),
        Headers = headers ?? [],
    };

    /// <summary>Describes the reply for a failure report: status, headers (long values shortened) and a body excerpt.</summary>
    public string Describe(int maxBody = 1200)
    {
        var text = new StringBuilder();
        text.Append("HTTP ").Append(Status);
        if (ContentType is not null)
        {
            text.Append("\n  Content-Type: ").Append(Shorten(ContentType, 200));
        }

        if (ContentEncoding is not null)
        {
            text.Append("\n  Content-Encoding: ").Append(ContentEncoding);
        }

        foreach (var (name, value) in Headers)
        {
            text.Append("\n  ").Append(name).Append(": ").Append(Shorten(value, 200));
        }

        text.Append("\n  body (").Append(Body.Length).Append(" bytes, ").Append(End);
        if (End != BodyEnd.Complete)
        {
            text.Append(" after ").Append(Cutoff).Append(" bytes");
        }

        text.Append("): ").Append(Shorten(Excerpt(Body), maxBody));
        return text.ToString();
    }

    /// <summary>The body as text, with runs of one repeated character (the 1 MB strings) folded, invalid UTF-8 shown as \xNN.</summary>
    private static string Excerpt(byte[] body)
    {
        var decoded = new StringBuilder();
        var decoder = new UTF8Encoding(false, true);
        for (var i = 0; i < body.Length;)
        {
            var length = Utf8Length(body[i]);
            if (length > 0 && i + length <= body.Length && TryDecode(decoder, body, i, length, out var s) && (s[0] >= ' ' || s[0] is '\n' or '\r' or '\t'))
            {
                decoded.Append(s);
                i += length;
            }
            else
            {
                decoded.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\x{body[i]:X2}");
                i++;
            }

            if (decoded.Length > 1_200_000)
            {
                break;
            }
        }

        return FoldRuns(decoded.ToString());
    }

    private static int Utf8Length(byte first) => first switch
    {
        < 0x80 => 1,
        >= 0xC2 and < 0xE0 => 2,
        >= 0xE0 and < 0xF0 => 3,
        >= 0xF0 and < 0xF5 => 4,
        _ => 0,
    };

    private static bool TryDecode(UTF8Encoding decoder, byte[] body, int index, int length, out string text)
    {
        try
        {
            text = decoder.GetString(body, index, length);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = string.Empty;
            return false;
        }
    }

    private static string FoldRuns(string text)
    {
        var folded = new StringBuilder();
        for (var i = 0; i < text.Length;)
        {
            var j = i;
            while (j < text.Length && text[j] == text[i])
            {
                j++;
            }

            if (j - i > 40)
            {
                folded.Append(text[i], 8).Append(System.Globalization.CultureInfo.InvariantCulture, $"...({j - i} x '{text[i]}')...");
            }
            else
            {
                folded.Append(text, i, j - i);
            }

            i = j;
        }

        return folded.ToString();
    }

    private static string Shorten(string text, int max) =>
        text.Length <= max ? text : string.Concat(text.AsSpan(0, max), $"...({text.Length} chars)");
}
