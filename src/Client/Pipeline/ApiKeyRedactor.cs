using System.Text.RegularExpressions;

namespace Oai;

/// <summary>Strips anything that looks like an API key from text the service or a proxy sent back.</summary>
/// <remarks>
/// The service echoes a masked key in its 401 message ("Incorrect API key provided: sk-pro****abcd"), which still
/// reveals part of the key; proxies may echo it whole. Text from the wire passes through here before it reaches an
/// exception message or a span.
/// </remarks>
internal static partial class ApiKeyRedactor
{
    public const string Mask = "[redacted]";

    public static string Redact(string text)
    {
        text = ProvidedKey().Replace(text, "$1" + Mask);
        return KeyLike().Replace(text, Mask);
    }

    [GeneratedRegex(@"(API key provided:\s*)[^\s,]+?(?=\.?(\s|$))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProvidedKey();

    [GeneratedRegex(@"\bsk-[A-Za-z0-9_\-\*]{6,}", RegexOptions.CultureInvariant)]
    private static partial Regex KeyLike();
}
