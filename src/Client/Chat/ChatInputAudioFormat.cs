using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>The encoding of audio sent in an <c>input_audio</c> content part; an open set the service may extend.</summary>
/// <param name="Value">The value exactly as sent on the wire.</param>
[JsonConverter(typeof(OpenValueConverter<ChatInputAudioFormat>))]
public readonly record struct ChatInputAudioFormat(string Value) : IOpenValue<ChatInputAudioFormat>
{
    /// <summary>WAV audio. Sent as <c>wav</c>.</summary>
    public static ChatInputAudioFormat Wav { get; } = new("wav");

    /// <summary>MP3 audio. Sent as <c>mp3</c>.</summary>
    public static ChatInputAudioFormat Mp3 { get; } = new("mp3");

    /// <inheritdoc />
    public static ChatInputAudioFormat Create(string value) => new(value);

    /// <summary>Returns the value as sent on the wire.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value ?? string.Empty;
}
