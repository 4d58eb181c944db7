using System.Diagnostics;
using Oai.Telemetry;

namespace Oai.Chat;

/// <summary>What a Chat Completions call contributes to its span: the functions its two operations list in their
/// <see cref="OperationTelemetry{TRequest,TResult}"/>.</summary>
internal static class ChatTelemetry
{
    public static void RequestTags(ChatCompletionRequest request, ref TagList tags)
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

    public static string? InputMessages(ChatCompletionRequest request, int maxLength) =>
        ChatContentCapture.Input(request.Messages).ToJson(maxLength);

    /// <summary>The request's tools: functions with their description and parameter schema, custom tools with their
    /// description, any other kind by its type.</summary>
    public static string? ToolDefinitions(ChatCompletionRequest request, int maxLength)
    {
        if (request.Tools is not { Count: > 0 } tools)
        {
            return null;
        }

        var captured = new CapturedToolDefinitions();
        foreach (var tool in tools)
        {
            switch (tool)
            {
                case ChatFunctionTool function:
                    captured.Add("function", function.Function.Name, function.Function.Description, function.Function.Parameters);
                    break;
                case ChatCustomTool custom:
                    captured.Add("custom", custom.Custom.Name, custom.Custom.Description);
                    break;
            }
        }

        return captured.Count == 0 ? null : captured.ToJson(maxLength);
    }

    public static void Response(ChatCompletion result, ResponseInfo info)
    {
        info.ObserveHeader(result.Id, result.Model, result.ServiceTier?.Value, result.SystemFingerprint);
        foreach (var choice in result.Choices)
        {
            info.SetChoice(choice.Index, choice.FinishReason?.Value);
        }

        info.ObserveUsage(result.Usage);
    }

    public static string? OutputMessages(ChatCompletion result, int maxLength) => ChatContentCapture.Output(result).ToJson(maxLength);

    /// <summary>Every requested choice exists from the start of a stream: one that never finishes reports "error".</summary>
    public static void BeginStream(ChatCompletionRequest request, ResponseInfo info)
    {
        var expected = request.N is > 0 and <= 128 ? request.N.Value : 1;
        for (var i = 0; i < expected; i++)
        {
            info.SetChoice(i, null);
        }
    }

    public static void Chunk(ChatCompletionChunk result, ResponseInfo info)
    {
        info.ObserveHeader(result.Id, result.Model, result.ServiceTier?.Value, result.SystemFingerprint);
        foreach (var choice in result.Choices)
        {
            info.SetChoice(choice.Index, choice.FinishReason?.Value);
        }

        info.ObserveUsage(result.Usage);
    }

    public static IContentFold<ChatCompletionChunk> StreamContent(ChatCompletionRequest request) => new Content();

    /// <summary>A stream's output content: the chunks folded as a caller's accumulator folds them.</summary>
    private sealed class Content : IContentFold<ChatCompletionChunk>
    {
        private readonly ChatCompletionAccumulator _accumulator = new();

        public void Append(ChatCompletionChunk chunk) => _accumulator.Append(chunk);

        public string? OutputMessages(int maxLength) => ChatContentCapture.Output(_accumulator.Build()).ToJson(maxLength);
    }
}
