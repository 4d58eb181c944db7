using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>An <c>input_audio</c> content part: audio the model listens to.</summary>
public sealed record ChatAudioContentPart : ChatContentPart
{
    /// <summary>Gets the audio data and format.</summary>
    [JsonPropertyName("input_audio")]
    public new required ChatInputAudio InputAudio { get; init; }
}
