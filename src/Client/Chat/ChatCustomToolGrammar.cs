using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>A grammar that constrains a custom tool's input.</summary>
public sealed record ChatCustomToolGrammar
{
    /// <summary>Gets the grammar definition.</summary>
    [JsonPropertyName("definition")]
    public required string Definition { get; init; }

    /// <summary>Gets the grammar syntax, for example <c>lark</c> or <c>regex</c>.</summary>
    [JsonPropertyName("syntax")]
    public required string Syntax { get; init; }
}
