using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <content>Output shape parameters: modalities, audio, response format, prediction, web search, moderation.</content>
public sealed partial record ChatCompletionRequest
{
    /// <summary>Gets the output types to generate, for example text, or text and audio.</summary>
    [JsonPropertyName("modalities")]
    public IList<ChatModality>? Modalities { get; init; }

    /// <summary>Gets the audio output parameters, required when <see cref="Modalities"/> includes audio.</summary>
    [JsonPropertyName("audio")]
    public ChatAudioOptions? Audio { get; init; }

    /// <summary>Gets the format the model must output: text, JSON mode or a JSON schema.</summary>
    [JsonPropertyName("response_format")]
    public ChatResponseFormat? ResponseFormat { get; init; }

    /// <summary>Gets predicted output content, to speed up responses that mostly repeat it.</summary>
    [JsonPropertyName("prediction")]
    public ChatPrediction? Prediction { get; init; }

    /// <summary>Gets web search options, for the search models.</summary>
    [JsonPropertyName("web_search_options")]
    public ChatWebSearchOptions? WebSearchOptions { get; init; }

    /// <summary>Gets moderation of the input and the generated output.</summary>
    [JsonPropertyName("moderation")]
    public ChatModerationOptions? Moderation { get; init; }
}
