using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>An output type the model should generate; an open set the service may extend.</summary>
/// <param name="Value">The value exactly as sent on the wire.</param>
[JsonConverter(typeof(OpenValueConverter<ChatModality>))]
public readonly record struct ChatModality(string Value) : IOpenValue<ChatModality>
{
    /// <summary>Text output. Sent as <c>text</c>.</summary>
    public static ChatModality Text { get; } = new("text");

    /// <summary>Audio output (audio-capable models only). Sent as <c>audio</c>.</summary>
    public static ChatModality Audio { get; } = new("audio");

    /// <inheritdoc />
    public static ChatModality Create(string value) => new(value);

    /// <summary>Returns the value as sent on the wire.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value ?? string.Empty;
}
