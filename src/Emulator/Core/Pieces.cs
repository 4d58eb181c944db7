using System;
using System.Collections.Generic;

namespace Oai.Emulator.Core;

/// <summary>Cuts a reply into the pieces a stream sends: words with their leading space, as a model's tokens come.</summary>
internal static class Pieces
{
    public static List<string> Words(string text)
    {
        var pieces = new List<string>();
        var start = 0;
        for (var i = 1; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && !char.IsWhiteSpace(text[i - 1]))
            {
                pieces.Add(text[start..i]);
                start = i;
            }
        }

        if (start < text.Length)
        {
            pieces.Add(text[start..]);
        }

        return pieces;
    }

    /// <summary>Cuts text (a tool call's arguments) into pieces of at most <paramref name="size"/> characters.</summary>
    public static List<string> Fixed(string text, int size = 8)
    {
        var pieces = new List<string>();
        for (var i = 0; i < text.Length; i += size)
        {
            pieces.Add(text.Substring(i, Math.Min(size, text.Length - i)));
        }

        return pieces;
    }
}
