using System.Diagnostics;
using Oai.Telemetry;

namespace Oai.Responses;

/// <summary>What a Responses call contributes to its span (per TRACING.md's Responses section): the functions its
/// operations list in their <see cref="OperationTelemetry{TRequest,TResult}"/>, and its custom operation names.</summary>
internal static class ResponsesTelemetry
{
    // Custom operation names, documented in docs/responses.md.
    public const string OperationRetrieve = "responses.retrieve";
    public const string OperationDelete = "responses.delete";
    public const string OperationCancel = "responses.cancel";
    public const string OperationInputItems = "responses.input_items.list";
    public const string OperationInputTokens = "responses.input_tokens";
    public const string OperationCompact = "responses.compact";

    /// <summary>How a Responses stream's end is named in errors.</summary>
    public const string StreamEnd = "its terminal event (response.completed, response.incomplete or response.failed)";

    public static void RequestTags(ResponseRequest request, ref TagList tags)
    {
        SamplingTags.Add(ref tags, request.MaxOutputTokens, request.Temperature, request.TopP, null, null, null, null, null);
        if (request.Text?.Format is { } format)
        {
            tags.Add(GenAi.OutputType, format is ResponseTextFormatText ? "text" : "json");
        }

        tags.Add(GenAi.OpenAiApiType, "responses");
        if (request.ServiceTier is { Value: { Length: > 0 } tier } && tier != "auto")
        {
            tags.Add(GenAi.OpenAiRequestServiceTier, tier);
        }

        if (request.Conversation is { Length: > 0 } conversation)
        {
            tags.Add(GenAi.ConversationId, conversation);
        }
    }

    /// <summary>The response a custom operation is about (<c>gen_ai.response.id</c>).</summary>
    public static void ResponseId(string responseId, ref TagList tags) => tags.Add(GenAi.ResponseId, responseId);

    public static string? InputMessages(ResponseRequest request, int maxLength) => ResponsesContentCapture.Input(request).ToJson(maxLength);

    public static string? SystemInstructions(ResponseRequest request, int maxLength) =>
        request.Instructions is { } instructions ? ResponsesContentCapture.Instructions(instructions, maxLength) : null;

    public static string? OutputMessages(Response response, int maxLength) => ResponsesContentCapture.Output(response).ToJson(maxLength);

    /// <summary>A whole response: id, model, tier, usage and the finish reason its status maps to.</summary>
    public static void Response(Response response, ResponseInfo info)
    {
        info.ObserveHeader(response.Id, response.Model, response.ServiceTier?.Value, null);
        if (response.Usage is { } usage)
        {
            info.InputTokens = usage.ReportedInputTokens ?? info.InputTokens;
            info.OutputTokens = usage.ReportedOutputTokens ?? info.OutputTokens;
            info.CachedInputTokens = usage.InputTokensDetails?.ReportedCachedTokens ?? info.CachedInputTokens;
            info.ReasoningTokens = usage.OutputTokensDetails?.ReportedReasoningTokens ?? info.ReasoningTokens;
        }

        if (FinishReason(response) is { } reason)
        {
            info.SetChoice(0, reason);
        }
    }

    /// <summary>A stored response read back (retrieve, cancel): what it is, not what it spent (its usage was the create call's).</summary>
    public static void Stored(Response response, ResponseInfo info) => info.ObserveHeader(response.Id, response.Model, response.ServiceTier?.Value, null);

    public static void Compacted(ResponseCompaction compaction, ResponseInfo info)
    {
        info.ObserveHeader(compaction.Id, string.Empty, null, null);
        info.InputTokens = compaction.Usage?.ReportedInputTokens;
        info.OutputTokens = compaction.Usage?.ReportedOutputTokens;
    }

    /// <summary>A stream has one "choice": it reports <c>error</c> unless a terminal event says otherwise.</summary>
    public static void BeginStream(ResponseRequest request, ResponseInfo info) => info.SetChoice(0, null);

    /// <summary>A stream event: the state events carry the response (its header first, its usage and status last).</summary>
    public static void Event(ResponseStreamEvent streamEvent, ResponseInfo info)
    {
        if (streamEvent is ResponseStateEvent state)
        {
            Response(state.Response, info);
        }
    }

    /// <summary>The events that carry output, timed for time to first chunk and time per output chunk.</summary>
    public static bool IsOutputDelta(ResponseStreamEvent streamEvent) => streamEvent is ResponseOutputTextDeltaEvent or ResponseRefusalDeltaEvent
        or ResponseFunctionCallArgumentsDeltaEvent or ResponseCustomToolCallInputDeltaEvent or ResponseReasoningSummaryTextDeltaEvent
        or ResponseReasoningTextDeltaEvent;

    /// <summary>The error a <c>response.failed</c> or an un-named <c>error</c> event carries, thrown as the API exception.
    /// A failed response's error has a code and a message only; its code is also the exception's error type, so a
    /// documented one (<c>server_error</c>) becomes <c>error.type</c>.</summary>
    public static ApiError? StreamError(ResponseStreamEvent streamEvent) => streamEvent switch
    {
        ResponseFailedEvent failed => new ApiError
        {
            Code = failed.Response.Error?.Code is { Length: > 0 } code ? code : "response_failed",
            Message = failed.Response.Error?.Message is { Length: > 0 } message ? message : $"The response {failed.Response.Id} failed.",
            Type = failed.Response.Error?.Code is { Length: > 0 } type ? type : null,
        },
        ResponseErrorEvent error => new ApiError { Code = error.Code, Message = error.Message, Param = error.Param, Type = "error" },
        _ => null,
    };

    public static IContentFold<ResponseStreamEvent> StreamContent(ResponseRequest request) => new Content();

    /// <summary>The conventions' finish reason of a response: from its status and incomplete reason; null while it runs.</summary>
    public static string? FinishReason(Response response)
    {
        if (response.Status == ResponseStatus.Completed)
        {
            foreach (var item in response.Output)
            {
                if (item is FunctionCallItem or CustomToolCallItem)
                {
                    return "tool_call";
                }
            }

            return "stop";
        }

        if (response.Status == ResponseStatus.Incomplete)
        {
            var reason = response.IncompleteDetails?.Reason;
            return reason == IncompleteReason.MaxOutputTokens ? "length" : reason == IncompleteReason.ContentFilter ? "content_filter" : GenAi.FinishReasonError;
        }

        return response.Status == ResponseStatus.Failed || response.Status == ResponseStatus.Cancelled ? GenAi.FinishReasonError : null;
    }

    /// <summary>A stream's output content: the events folded as a caller's accumulator folds them.</summary>
    private sealed class Content : IContentFold<ResponseStreamEvent>
    {
        private readonly ResponseAccumulator _accumulator = new();

        public void Append(ResponseStreamEvent chunk) => _accumulator.Append(chunk);

        public string? OutputMessages(int maxLength) => ResponsesContentCapture.Output(_accumulator.Build()).ToJson(maxLength);
    }
}
