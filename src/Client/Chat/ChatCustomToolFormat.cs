using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>The input format of a custom tool: unconstrained text or a grammar.</summary>
public sealed record ChatCustomToolFormat
{
    /// <summary>Gets the format type, <c>text</c> or <c>grammar</c>.</summary>
    [JsonPropertyName("type")]
    public required string Type { get; init; }

    /// <summary>Gets the grammar when <see cref="Type"/> is <c>grammar</c>.</summary>
    [JsonPropertyName("grammar")]
    public ChatCustomToolGrammar? Grammar { get; init; }

    /// <summary>Gets the unconstrained text format.</summary>
    public static ChatCustomToolFormat Text { get; } = new() { Type = "text" };

    /// <summary>Creates a format constrained by a Lark grammar.</summary>
    /// <param name="definition">The grammar definition.</param>
    /// <returns>The format.</returns>
    public static ChatCustomToolFormat Lark(string definition) => FromGrammar(definition, "lark");

    /// <summary>Creates a format constrained by a regular expression.</summary>
    /// <param name="definition">The regular expression.</param>
    /// <returns>The format.</returns>
    public static ChatCustomToolFormat Regex(string definition) => FromGrammar(definition, "regex");

    /// <summary>Creates a format constrained by a grammar in the given syntax.</summary>
    /// <param name="definition">The grammar definition.</param>
    /// <param name="syntax">The grammar syntax, for example <c>lark</c> or <c>regex</c>.</param>
    /// <returns>The format.</returns>
    public static ChatCustomToolFormat FromGrammar(string definition, string syntax) =>
        new() { Type = "grammar", Grammar = new ChatCustomToolGrammar { Definition = definition, Syntax = syntax } };
}
