using System;
using System.Collections;
using System.Globalization;
using System.Text;

namespace Oai;

/// <summary>How records print: what a person wants to see in a log line. Members that are null or empty are left
/// out, a list shows its count, a vector its length; the compiler's record printing calls this through each record's
/// <c>PrintMembers</c>.</summary>
internal static class RecordText
{
    public static bool Print(StringBuilder builder, params ReadOnlySpan<(string Name, object? Value)> members)
    {
        var printed = false;
        foreach (var (name, value) in members)
        {
            var text = value switch
            {
                null => null,
                string s => s.Length == 0 ? null : s,
                DateTimeOffset time => time.ToString("yyyy-MM-ddTHH:mm:ssK", CultureInfo.InvariantCulture),
                ReadOnlyMemory<float> vector => string.Create(CultureInfo.InvariantCulture, $"[{vector.Length} floats]"),
                ICollection collection => collection.Count == 0 ? null : string.Create(CultureInfo.InvariantCulture, $"[{collection.Count}]"),
                IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
                _ => value.ToString(),
            };
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }

            if (printed)
            {
                builder.Append(", ");
            }

            builder.Append(name).Append(" = ").Append(text);
            printed = true;
        }

        return printed;
    }
}
