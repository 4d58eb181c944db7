using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;

namespace Oai.Moderations;

/// <summary>What to classify: one text, several texts (one result each), or a list of text and image parts (one result
/// for them all).</summary>
/// <remarks>A string, an array of strings and an array of parts convert implicitly.</remarks>
/// <example><code>ModerationInput input = new[] { "first text", "second text" };</code></example>
[JsonConverter(typeof(ModerationInputConverter))]
public sealed class ModerationInput
{
    private ModerationInput(string? text, IReadOnlyList<string>? texts, IReadOnlyList<ModerationInputPart>? parts)
    {
        Text = text;
        Texts = texts;
        Parts = parts;
    }

    /// <summary>Gets the one text, when the input is a single string; otherwise null.</summary>
    public string? Text { get; }

    /// <summary>Gets the texts, when the input is a list of strings; otherwise null.</summary>
    public IReadOnlyList<string>? Texts { get; }

    /// <summary>Gets the parts, when the input is a list of text and image parts; otherwise null.</summary>
    public IReadOnlyList<ModerationInputPart>? Parts { get; }

    /// <summary>Converts one string.</summary>
    /// <param name="text">The text.</param>
    public static implicit operator ModerationInput(string text) => FromText(text);

    /// <summary>Converts several strings, each classified on its own.</summary>
    /// <param name="texts">The texts.</param>
    public static implicit operator ModerationInput(string[] texts) => FromTexts(texts);

    /// <summary>Converts a list of text and image parts, classified together.</summary>
    /// <param name="parts">The parts.</param>
    public static implicit operator ModerationInput(ModerationInputPart[] parts) => FromParts(parts);

    /// <summary>Creates the input from one string.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The input, sent as a JSON string.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ModerationInput FromText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new(text, null, null);
    }

    /// <summary>Creates the input from several strings, each classified on its own.</summary>
    /// <param name="texts">The texts; copied.</param>
    /// <returns>The input, sent as a JSON array of strings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> or one of its items is null.</exception>
    public static ModerationInput FromTexts(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var copy = texts.ToArray();
        foreach (var text in copy)
        {
            ArgumentNullException.ThrowIfNull(text, nameof(texts));
        }

        return new(null, copy, null);
    }

    /// <summary>Creates the input from text and image parts, classified together.</summary>
    /// <param name="parts">The parts; copied.</param>
    /// <returns>The input, sent as a JSON array of typed parts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parts"/> or one of its items is null.</exception>
    public static ModerationInput FromParts(IEnumerable<ModerationInputPart> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var copy = parts.ToArray();
        foreach (var part in copy)
        {
            ArgumentNullException.ThrowIfNull(part, nameof(parts));
        }

        return new(null, null, copy);
    }
}
