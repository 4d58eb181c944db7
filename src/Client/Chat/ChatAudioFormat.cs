using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>The encoding of audio the model generates; an open set the service may extend.</summary>
/// <param name="Value">The value exactly as sent on the wire.</param>
[JsonConverter(typeof(OpenValueConverter<ChatAudioFormat>))]
public readonly record struct ChatAudioFormat(string Value) : IOpenValue<ChatAudioFormat>
{
    /// <summary>WAV audio. Sent as <c>wav</c>.</summary>
    public static ChatAudioFormat Wav { get; } = new("wav");

    /// <summary>AAC audio. Sent as <c>aac</c>.</summary>
    public static ChatAudioFormat Aac { get; } = new("aac");

    /// <summary>MP3 audio. Sent as <c>mp3</c>.</summary>
    public static ChatAudioFormat Mp3 { get; } = new("mp3");

    /// <summary>FLAC audio. Sent as <c>flac</c>.</summary>
    public static ChatAudioFormat Flac { get; } = new("flac");

    /// <summary>Opus audio. Sent as <c>opus</c>.</summary>
    public static ChatAudioFormat Opus { get; } = new("opus");

    /// <summary>Raw 16-bit PCM audio. Sent as <c>pcm16</c>.</summary>
    public static ChatAudioFormat Pcm16 { get; } = new("pcm16");

    /// <inheritdoc />
    public static ChatAudioFormat Create(string value) => new(value);

    /// <summary>Returns the value as sent on the wire.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value ?? string.Empty;
}
