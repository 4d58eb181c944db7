using Oai.Telemetry;

namespace Oai.Chat;

/// <summary>Span attributes of a whole chat completion.</summary>
internal sealed class ChatCompletionTelemetry : ChatTelemetry<ChatCompletion>
{
    public static readonly ChatCompletionTelemetry Instance = new();

    public override void Observe(ChatCompletion result, ResponseInfo info)
    {
        info.ObserveHeader(result.Id, result.Model, result.ServiceTier?.Value, result.SystemFingerprint);
        foreach (var choice in result.Choices)
        {
            info.SetChoice(choice.Index, choice.FinishReason?.Value);
        }

        info.ObserveUsage(result.Usage);
    }

    public override string? OutputMessages(ChatCompletion result, int maxLength) =>
        ChatContentCapture.Output(result).ToJson(maxLength);
}
