using System.Diagnostics;
using Oai.Telemetry;

namespace Oai.Chat;

/// <summary>The Chat Completions request's span attributes, shared by the whole and the streamed call.</summary>
internal abstract class ChatTelemetry<TResult> : OperationTelemetry<ChatCompletionRequest, TResult>
{
    public override string? RequestModel(ChatCompletionRequest request) => request.Model;

    public override void AddRequestTags(ChatCompletionRequest request, ref TagList tags)
    {
        SamplingTags.Add(
            ref tags,
            request.MaxCompletionTokens ?? request.MaxTokens,
            request.Temperature,
            request.TopP,
            request.FrequencyPenalty,
            request.PresencePenalty,
            request.Seed,
            request.Stop,
            request.N);

        if (request.ResponseFormat is { } format)
        {
            tags.Add(GenAi.OutputType, format is ChatTextResponseFormat ? "text" : "json");
        }

        tags.Add(GenAi.OpenAiApiType, "chat_completions");
        if (request.ServiceTier is { Value: { Length: > 0 } tier } && tier != "auto")
        {
            tags.Add(GenAi.OpenAiRequestServiceTier, tier);
        }
    }

    public override string? InputMessages(ChatCompletionRequest request, int maxLength) =>
        ChatContentCapture.Input(request.Messages).ToJson(maxLength);
}
