using System;
using System.Buffers;
using System.Text.RegularExpressions;

namespace Oai;

/// <summary>Strips the client's API key, and anything that looks like an API key, from text the service or a proxy
/// sent back, and bounds how much of such text a message quotes.</summary>
/// <remarks>
/// The service echoes a masked key in its 401 message ("Incorrect API key provided: sk-pro****abcd"), which still
/// reveals part of the key; proxies may echo it whole, in any field or header. Every server-sent string passes
/// through here before it reaches an exception message, a span or a log. The patterns run without backtracking, so
/// the work stays linear in the text whatever a server sends.
/// </remarks>
internal static partial class ApiKeyRedactor
{
    public const string Mask = "[redacted]";

    /// <summary>The most characters of one server value (a code, a type, a request id) a message quotes.</summary>
    public const int MaxQuoted = 256;

    /// <summary>A configured key shorter than this is not searched for as text: it would mask ordinary words.</summary>
    private const int MinKeyLength = 6;

    /// <summary>The characters that start anything <see cref="Quote"/> changes besides a key: a <c>\u</c> escape, the
    /// colon of <c>provided:</c>, and every line ending <see cref="string.ReplaceLineEndings(string)"/> replaces.</summary>
    private static readonly SearchValues<char> s_quoteSpecial = SearchValues.Create("\\:\r\n\f\u0085\u2028\u2029");

    /// <summary>Masks <paramref name="apiKey"/> wherever it appears in <paramref name="text"/>, then anything key-like.</summary>
    /// <remarks>The mask holds no character JSON escapes, so masking JSON text keeps it valid JSON.</remarks>
    public static string Redact(string text, string? apiKey = null)
    {
        if (apiKey is { Length: >= MinKeyLength } && text.Contains(apiKey, StringComparison.Ordinal))
        {
            text = text.Replace(apiKey, Mask, StringComparison.Ordinal);
        }

        // Most text holds neither pattern's anchor: skip the patterns then (this runs on every traced call's ids).
        if (text.Contains("provided:", StringComparison.OrdinalIgnoreCase))
        {
            text = ProvidedKey().Replace(text, "$1" + Mask);
        }

        return text.Contains("sk-", StringComparison.Ordinal) ? KeyLike().Replace(text, Mask) : text;
    }

    /// <summary>A server value as a message quotes it: redacted as a whole, on one line, trimmed, and cut to
    /// <paramref name="maxLength"/> characters with an ellipsis.</summary>
    /// <remarks>JSON <c>\uXXXX</c> escapes in the text are decoded first (a server may escape any character of an
    /// echoed key), then the whole text is masked before it is cut, so no cut can leave part of a key behind; every
    /// step is linear in the text (the patterns run without backtracking).</remarks>
    public static string Quote(string text, string? apiKey = null, int maxLength = MaxQuoted)
    {
        if (IsPlain(text, apiKey, maxLength))
        {
            return text;
        }

        if (text.Contains("\\u", StringComparison.Ordinal))
        {
            text = UnicodeEscape().Replace(text, static match =>
            {
                var c = (char)Convert.ToInt32(match.Groups[1].Value, 16);
                return char.IsControl(c) || char.IsSurrogate(c) ? "?" : c.ToString();
            });
        }

        var redacted = Redact(text, apiKey).ReplaceLineEndings(" ").Trim();
        return redacted.Length > maxLength ? string.Concat(redacted.AsSpan(0, maxLength), "...") : redacted;
    }

    /// <summary>Whether <see cref="Quote"/> would return <paramref name="text"/> unchanged: no character that starts
    /// an escape, the <c>provided:</c> anchor or a line ending, no <c>sk-</c>, not the key, nothing to trim or cut.
    /// One vectorised pass for the ids, models and tiers every traced call quotes, instead of one per step.</summary>
    private static bool IsPlain(string text, string? apiKey, int maxLength) =>
        text.Length <= maxLength
        && (text.Length == 0 || (!char.IsWhiteSpace(text[0]) && !char.IsWhiteSpace(text[^1])))
        && text.AsSpan().IndexOfAny(s_quoteSpecial) < 0
        && !text.Contains("sk-", StringComparison.Ordinal)
        && !(apiKey is { Length: >= MinKeyLength } && text.Contains(apiKey, StringComparison.Ordinal));

    [GeneratedRegex(@"(API key provided:\s*)[^\s,]*[^\s,.]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ProvidedKey();

    [GeneratedRegex(@"\bsk-[A-Za-z0-9_\-\*]{6,}", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex KeyLike();

    [GeneratedRegex(@"\\u([0-9A-Fa-f]{4})", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex UnicodeEscape();
}
