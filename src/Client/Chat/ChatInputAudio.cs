using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>The <c>input_audio</c> object of an audio content part.</summary>
public sealed record ChatInputAudio
{
    /// <summary>Gets the base64-encoded audio.</summary>
    [JsonPropertyName("data")]
    public required string Data { get; init; }

    /// <summary>Gets the audio's encoding.</summary>
    [JsonPropertyName("format")]
    public required ChatInputAudioFormat Format { get; init; }
}
