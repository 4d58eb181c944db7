using System.Diagnostics;
using Oai.Responses;
using Oai.Responses.Chat;
using Oai.Telemetry;

namespace Oai.Chat;

/// <summary>The Chat Completions request's span attributes, shared by the whole and the streamed call.</summary>
internal abstract class ChatTelemetry<TResult> : OperationTelemetry<ChatCompletionRequest, TResult>
{
    public override string? RequestModel(ChatCompletionRequest request) => request.Model;

    public override void AddRequestTags(ChatCompletionRequest request, bool isOpenAi, ref TagList tags)
    {
        if ((request.MaxCompletionTokens ?? request.MaxTokens) is { } maxTokens)
        {
            tags.Add(GenAi.RequestMaxTokens, maxTokens);
        }

        AddIfSet(ref tags, GenAi.RequestTemperature, request.Temperature);
        AddIfSet(ref tags, GenAi.RequestTopP, request.TopP);
        AddIfSet(ref tags, GenAi.RequestFrequencyPenalty, request.FrequencyPenalty);
        AddIfSet(ref tags, GenAi.RequestPresencePenalty, request.PresencePenalty);
        if (request.Seed is { } seed)
        {
            tags.Add(GenAi.RequestSeed, seed);
        }

        if (request.Stop is { Count: > 0 } stop)
        {
            tags.Add(GenAi.RequestStopSequences, ToArray(stop));
        }

        if (request.N is { } n && n != 1)
        {
            tags.Add(GenAi.RequestChoiceCount, n);
        }

        if (request.ResponseFormat is { } format)
        {
            tags.Add(GenAi.OutputType, format is ChatTextResponseFormat ? "text" : "json");
        }

        if (isOpenAi)
        {
            tags.Add(GenAi.OpenAiApiType, "chat_completions");
            if (request.ServiceTier is { Length: > 0 } tier && tier != "auto")
            {
                tags.Add(GenAi.OpenAiRequestServiceTier, tier);
            }
        }
    }

    public override string? InputMessages(ChatCompletionRequest request, int maxLength) =>
        ChatContentCapture.Input(request.Messages).ToJson(maxLength);

    protected static void ObserveUsage(CompletionUsage? usage, ResponseInfo info)
    {
        if (usage is null)
        {
            return;
        }

        info.InputTokens = usage.PromptTokens ?? info.InputTokens;
        info.OutputTokens = usage.CompletionTokens ?? info.OutputTokens;
        info.CachedInputTokens = usage.PromptTokensDetails?.CachedTokens ?? info.CachedInputTokens;
        info.ReasoningTokens = usage.CompletionTokensDetails?.ReasoningTokens ?? info.ReasoningTokens;
    }

    protected static void ObserveHeader(string id, string model, ServiceTier? tier, string? fingerprint, ResponseInfo info)
    {
        if (id.Length > 0)
        {
            info.Id = id;
        }

        if (model.Length > 0)
        {
            info.Model = model;
        }

        info.ServiceTier = tier?.Value ?? info.ServiceTier;
        info.SystemFingerprint = fingerprint ?? info.SystemFingerprint;
    }

    private static void AddIfSet(ref TagList tags, string name, double? value)
    {
        if (value is { } number)
        {
            tags.Add(name, number);
        }
    }

    private static string[] ToArray(System.Collections.Generic.IList<string> list)
    {
        var array = new string[list.Count];
        list.CopyTo(array, 0);
        return array;
    }
}
