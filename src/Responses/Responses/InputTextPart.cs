using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>Text in an input message: <c>{"type": "input_text", "text"}</c>.</summary>
public sealed record InputTextPart : ResponseContentPart
{
    /// <summary>The discriminator value of this variant.</summary>
    public const string Kind = "input_text";

    /// <summary>Initializes a new instance with its type set to <c>input_text</c>.</summary>
    public InputTextPart()
    {
        Type = Kind;
    }

    /// <summary>Gets the text.</summary>
    [JsonPropertyName("text")]
    public string Text { get; init => field = value ?? string.Empty; } = string.Empty;
}
