using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>Parameters for audio output, required when <see cref="ChatCompletionRequest.Modalities"/> includes audio.</summary>
/// <remarks>See <see href="https://platform.openai.com/docs/guides/audio">audio</see>.</remarks>
public sealed record ChatAudioOptions
{
    /// <summary>Gets the voice the model speaks with.</summary>
    [JsonPropertyName("voice")]
    public required ChatVoice Voice { get; init; }

    /// <summary>Gets the encoding of the generated audio.</summary>
    [JsonPropertyName("format")]
    public required ChatAudioFormat Format { get; init; }
}
