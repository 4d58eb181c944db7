namespace Oai;

/// <summary>Creates a <see cref="TextOrTokens"/> subtype from its value, for <see cref="TextOrTokensConverter{T}"/>.</summary>
/// <typeparam name="TSelf">The subtype.</typeparam>
internal interface ITextOrTokensFactory<TSelf>
    where TSelf : TextOrTokens
{
    /// <summary>Wraps a <see cref="string"/>, <c>string[]</c>, <c>int[]</c> or <c>int[][]</c>.</summary>
    static abstract TSelf Create(object value);
}
