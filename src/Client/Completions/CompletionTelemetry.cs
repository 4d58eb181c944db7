using System.Diagnostics;
using Oai.Chat;
using Oai.Telemetry;

namespace Oai.Completions;

/// <summary>Span attributes of a legacy completion, whole or streamed: a stream's chunks have the response's shape,
/// so one mapping folds either.</summary>
internal static class CompletionTelemetry
{
    public static void RequestTags(CompletionRequest request, ref TagList tags)
    {
        SamplingTags.Add(
            ref tags,
            request.MaxTokens,
            request.Temperature,
            request.TopP,
            request.FrequencyPenalty,
            request.PresencePenalty,
            request.Seed,
            request.Stop,
            request.N);
    }

    public static void BeginStream(CompletionRequest request, ResponseInfo info)
    {
        // Every expected choice exists from the start (n per prompt): one that never finishes reports "error".
        var perPrompt = request.N is > 0 and <= 128 ? request.N.Value : 1;
        var expected = perPrompt * request.Prompt.InputCount;
        for (var i = 0; i < expected && i <= 1024; i++)
        {
            info.SetChoice(i, null);
        }
    }

    public static void Response(Completion result, ResponseInfo info)
    {
        info.ObserveHeader(result.Id, result.Model, serviceTier: null, result.SystemFingerprint);
        foreach (var choice in result.Choices)
        {
            info.SetChoice(choice.Index, choice.FinishReason?.Value);
        }

        info.ObserveUsage(result.Usage);
    }

    public static IContentFold<Completion> StreamContent(CompletionRequest request) => new Content();

    public static string? InputMessages(CompletionRequest request, int maxLength)
    {
        var prompt = request.Prompt;
        if (prompt.Text is null && prompt.Texts is null)
        {
            // Token ids are not content a reader can use.
            return null;
        }

        var captured = new CapturedMessages();
        captured.AddMessage("user");
        foreach (var text in prompt.Texts ?? [prompt.Text!])
        {
            captured.AddText(text);
        }

        return captured.ToJson(maxLength);
    }

    public static string? OutputMessages(Completion result, int maxLength)
    {
        var captured = new CapturedMessages();
        foreach (var choice in result.Choices)
        {
            captured.AddMessage("assistant", ChatContentCapture.MapFinishReason(choice.FinishReason?.Value));
            captured.AddText(choice.Text);
        }

        return captured.ToJson(maxLength);
    }

    /// <summary>The stream's output content: the chunks folded as a caller's accumulator folds them.</summary>
    private sealed class Content : IContentFold<Completion>
    {
        private readonly CompletionAccumulator _accumulator = new();

        public void Append(Completion chunk) => _accumulator.Append(chunk);

        public string? OutputMessages(int maxLength) => CompletionTelemetry.OutputMessages(_accumulator.Build(), maxLength);
    }
}
