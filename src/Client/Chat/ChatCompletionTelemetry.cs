using Oai.Telemetry;

namespace Oai.Chat;

/// <summary>Span attributes of a whole chat completion.</summary>
internal sealed class ChatCompletionTelemetry : ChatTelemetry<ChatCompletion>
{
    public static readonly ChatCompletionTelemetry Instance = new();

    public override void Observe(ChatCompletion result, ResponseInfo info, ContentCaptureMode capture)
    {
        info.ObserveHeader(result.Id, result.Model, result.ServiceTier?.Value, result.SystemFingerprint);
        foreach (var choice in result.Choices)
        {
            info.SetChoice(choice.Index, choice.FinishReason?.Value);
        }

        info.ObserveUsage(result.Usage);
        if (capture != ContentCaptureMode.None)
        {
            info.State = result;
        }
    }

    public override string? OutputMessages(ResponseInfo info, int maxLength) =>
        info.State is ChatCompletion completion ? ChatContentCapture.Output(completion).ToJson(maxLength) : null;
}
