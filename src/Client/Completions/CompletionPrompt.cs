using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;

namespace Oai.Completions;

/// <summary>The prompt of a legacy completion: a string, several strings (one completion set each), token ids, or several token id sequences.</summary>
/// <remarks>A string or an array of strings converts implicitly; token ids come through <see cref="FromTokens"/>
/// and <see cref="FromTokenArrays"/>. See <see cref="TextOrTokens"/> for the shapes.</remarks>
/// <example><code>CompletionPrompt prompt = "Say this is a test"; var batch = CompletionPrompt.FromTokens([1212, 318, 257, 1332]);</code></example>
[JsonConverter(typeof(TextOrTokensConverter<CompletionPrompt>))]
[CollectionBuilder(typeof(CompletionPrompt), nameof(FromStringArray))]
public sealed class CompletionPrompt : TextOrTokens, ITextOrTokensFactory<CompletionPrompt>
{
    private CompletionPrompt(object value)
        : base(value)
    {
    }

    /// <summary>Converts one string.</summary>
    /// <param name="text">The text.</param>
    public static implicit operator CompletionPrompt(string text) => FromString(text);

    /// <summary>Converts an array of strings, each a separate input.</summary>
    /// <param name="texts">The texts.</param>
    public static implicit operator CompletionPrompt(string[] texts) => FromStringArray(texts);

    /// <summary>Creates the input from one string.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The input, sent as a JSON string.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static CompletionPrompt FromString(string text)
    {
        System.ArgumentNullException.ThrowIfNull(text);
        return new(text);
    }

    /// <summary>Creates the input from several strings, each a separate input.</summary>
    /// <param name="texts">The texts; copied.</param>
    /// <returns>The input, sent as a JSON array of strings.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="texts"/> or one of its items is null.</exception>
    public static CompletionPrompt FromStringArray(IEnumerable<string> texts) => new(Copy(texts));

    /// <summary>Creates the input from several strings, each a separate input; what a collection expression of
    /// strings (<c>["first", "second"]</c>) builds.</summary>
    /// <param name="texts">The texts; copied.</param>
    /// <returns>The input, sent as a JSON array of strings.</returns>
    /// <exception cref="System.ArgumentNullException">One of <paramref name="texts"/> is null.</exception>
    public static CompletionPrompt FromStringArray(System.ReadOnlySpan<string> texts) => new(Copy((IEnumerable<string>)texts.ToArray()));

    /// <summary>Creates the input from one sequence of token ids.</summary>
    /// <param name="tokens">The token ids; copied.</param>
    /// <returns>The input, sent as a JSON array of integers.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="tokens"/> is null.</exception>
    public static CompletionPrompt FromTokens(IEnumerable<int> tokens) => new(Copy(tokens));

    /// <summary>Creates the input from several sequences of token ids, each a separate input.</summary>
    /// <param name="tokenArrays">The token id sequences; copied.</param>
    /// <returns>The input, sent as a JSON array of integer arrays.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="tokenArrays"/> or one of its items is null.</exception>
    public static CompletionPrompt FromTokenArrays(IEnumerable<IEnumerable<int>> tokenArrays) => new(Copy(tokenArrays));

    static CompletionPrompt ITextOrTokensFactory<CompletionPrompt>.Create(object value) => new(value);
}
