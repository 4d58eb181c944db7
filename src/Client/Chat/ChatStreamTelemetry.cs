using Oai.Telemetry;

namespace Oai.Chat;

/// <summary>Span attributes of a streamed chat completion, folded chunk by chunk.</summary>
internal sealed class ChatStreamTelemetry : ChatTelemetry<ChatCompletionChunk>
{
    public static readonly ChatStreamTelemetry Instance = new();

    public override void BeginStream(ChatCompletionRequest request, ResponseInfo info, ContentCaptureMode capture)
    {
        // Every requested choice exists from the start: one that never finishes reports "error".
        var expected = request.N is > 0 and <= 128 ? request.N.Value : 1;
        for (var i = 0; i < expected; i++)
        {
            info.SetChoice(i, null);
        }

        if (capture != ContentCaptureMode.None)
        {
            info.State = new ChatCompletionAccumulator();
        }
    }

    public override void Observe(ChatCompletionChunk result, ResponseInfo info, ContentCaptureMode capture)
    {
        info.ObserveHeader(result.Id, result.Model, result.ServiceTier?.Value, result.SystemFingerprint);
        foreach (var choice in result.Choices)
        {
            info.SetChoice(choice.Index, choice.FinishReason?.Value);
        }

        info.ObserveUsage(result.Usage);
        (info.State as ChatCompletionAccumulator)?.Append(result);
    }

    public override string? OutputMessages(ResponseInfo info, int maxLength) =>
        info.State is ChatCompletionAccumulator accumulator ? ChatContentCapture.Output(accumulator.Build()).ToJson(maxLength) : null;
}
