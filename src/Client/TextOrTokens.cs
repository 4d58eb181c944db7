using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace Oai;

/// <summary>Model input that is text or token ids, one or many: a string, an array of strings, an array of token
/// ids, or an array of token-id arrays, written as that JSON shape.</summary>
/// <remarks>The base of <see cref="Completions.CompletionPrompt"/> and <see cref="Embeddings.EmbeddingInput"/>;
/// exactly one of the four properties is non-null. Both accept a collection expression of strings
/// (<c>Input = ["first", "second"]</c>), which is why this type enumerates its texts.</remarks>
public abstract class TextOrTokens : IEquatable<TextOrTokens>, IEnumerable<string>
{
    private protected TextOrTokens(object value)
    {
        Value = value;
    }

    /// <summary>Gets the input when it is one string; otherwise null.</summary>
    public string? Text => Value as string;

    /// <summary>Gets the input when it is several strings; otherwise null.</summary>
    public IReadOnlyList<string>? Texts => Value as string[];

    /// <summary>Gets the input when it is one sequence of token ids; otherwise null.</summary>
    public IReadOnlyList<int>? Tokens => Value as int[];

    /// <summary>Gets the input when it is several sequences of token ids; otherwise null.</summary>
    public IReadOnlyList<IReadOnlyList<int>>? TokenArrays => Value as int[][];

    /// <summary>Gets the value: a <see cref="string"/>, <c>string[]</c>, <c>int[]</c> or <c>int[][]</c>.</summary>
    internal object Value { get; }

    /// <summary>Gets how many separate inputs this is: the array length for arrays of strings or token arrays, else 1.</summary>
    internal int InputCount => Value switch
    {
        string[] texts => texts.Length,
        int[][] arrays => arrays.Length,
        _ => 1,
    };

    /// <inheritdoc />
    public bool Equals(TextOrTokens? other)
    {
        return other is not null && GetType() == other.GetType() && Value switch
        {
            string text => string.Equals(text, other.Text, StringComparison.Ordinal),
            string[] texts => other.Texts is { } others && texts.SequenceEqual(others, StringComparer.Ordinal),
            int[] tokens => other.Tokens is { } others && tokens.SequenceEqual(others),
            int[][] arrays => other.Value is int[][] others && arrays.Length == others.Length
                && arrays.Zip(others).All(pair => pair.First.SequenceEqual(pair.Second)),
            _ => false,
        };
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TextOrTokens);

    /// <summary>Enumerates the texts: the one string, or each of several; nothing for token ids.</summary>
    IEnumerator<string> IEnumerable<string>.GetEnumerator() =>
        (Value switch
        {
            string text => [text],
            string[] texts => texts,
            _ => (IEnumerable<string>)[],
        }).GetEnumerator();

    /// <summary>Enumerates the texts, as <see cref="IEnumerable{T}.GetEnumerator"/>.</summary>
    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<string>)this).GetEnumerator();

    /// <inheritdoc />
    public override int GetHashCode() => Value is string text ? StringComparer.Ordinal.GetHashCode(text) : InputCount;

    /// <summary>Returns the text, or a short description of the arrays.</summary>
    /// <returns>The text, or for example <c>[3 texts]</c>.</returns>
    public override string ToString() => Value switch
    {
        string text => text,
        string[] texts => $"[{texts.Length} texts]",
        int[] tokens => $"[{tokens.Length} tokens]",
        _ => $"[{InputCount} token arrays]",
    };

    private protected static string[] Copy(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var copy = texts.ToArray();
        foreach (var text in copy)
        {
            ArgumentNullException.ThrowIfNull(text, nameof(texts));
        }

        return copy;
    }

    private protected static int[] Copy(IEnumerable<int> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return tokens.ToArray();
    }

    private protected static int[][] Copy(IEnumerable<IEnumerable<int>> tokenArrays)
    {
        ArgumentNullException.ThrowIfNull(tokenArrays);
        return tokenArrays.Select(Copy).ToArray();
    }
}
