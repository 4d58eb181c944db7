using Oai.Telemetry;

namespace Oai.Chat;

/// <summary>Span attributes of a streamed chat completion, folded chunk by chunk.</summary>
internal sealed class ChatStreamTelemetry : ChatTelemetry<ChatCompletionChunk>
{
    public static readonly ChatStreamTelemetry Instance = new();

    public override void BeginStream(ChatCompletionRequest request, ResponseInfo info)
    {
        // Every requested choice exists from the start: one that never finishes reports "error".
        var expected = request.N is > 0 and <= 128 ? request.N.Value : 1;
        for (var i = 0; i < expected; i++)
        {
            info.SetChoice(i, null);
        }
    }

    public override void Observe(ChatCompletionChunk result, ResponseInfo info)
    {
        info.ObserveHeader(result.Id, result.Model, result.ServiceTier?.Value, result.SystemFingerprint);
        foreach (var choice in result.Choices)
        {
            info.SetChoice(choice.Index, choice.FinishReason?.Value);
        }

        info.ObserveUsage(result.Usage);
    }

    public override IContentFold<ChatCompletionChunk> StreamContent(ChatCompletionRequest request) => new Content();

    /// <summary>The stream's output content: the chunks folded as a caller's accumulator folds them.</summary>
    private sealed class Content : IContentFold<ChatCompletionChunk>
    {
        private readonly ChatCompletionAccumulator _accumulator = new();

        public void Append(ChatCompletionChunk chunk) => _accumulator.Append(chunk);

        public string? OutputMessages(int maxLength) => ChatContentCapture.Output(_accumulator.Build()).ToJson(maxLength);
    }
}
