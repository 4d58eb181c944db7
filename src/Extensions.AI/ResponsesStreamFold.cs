using System;
using Microsoft.Extensions.AI;
using Oai.Responses;
using AIChatRole = Microsoft.Extensions.AI.ChatRole;

namespace Oai.Extensions.AI;

/// <summary>Turns stream events into <see cref="ChatResponseUpdate"/>s, one per event (its record as the
/// <see cref="ChatResponseUpdate.RawRepresentation"/>): text and reasoning deltas as they come, each function call
/// whole when its item is done, usage and finish reason with the terminal event.</summary>
internal sealed class ResponsesStreamFold
{
    private readonly ResponseRequest _request;
    private string? _conversation;
    private string? _responseId;
    private string? _model;
    private DateTimeOffset? _created;
    private string? _messageId;
    private AIChatRole? _role;

    public ResponsesStreamFold(ResponseRequest request, string? conversation)
    {
        _request = request;
        _conversation = conversation;
    }

    public ChatResponseUpdate Update(ResponseStreamEvent e)
    {
        switch (e)
        {
            case ResponseStateEvent state:
                _responseId = state.Response.Id;
                _model = state.Response.Model;
                _created = state.Response.CreatedAt;
                _conversation = ResponsesMapping.ConversationId(_request, state.Response, _conversation);
                var update = Start(e);
                if (state.Response.IsTerminal)
                {
                    update.FinishReason = ResponsesMapping.ToFinishReason(state.Response);
                    if (ResponsesMapping.ToUsage(state.Response.Usage) is { } usage)
                    {
                        update.Contents.Add(new UsageContent(usage) { RawRepresentation = state.Response.Usage });
                    }
                }

                return update;
            case ResponseOutputItemAddedEvent { Item: MessageItem message }:
                _messageId = message.Id;
                _role = AIChatRole.Assistant;
                return Start(e);
            case ResponseOutputItemAddedEvent:
                _role = AIChatRole.Assistant;
                return Start(e);
            case ResponseOutputTextDeltaEvent text:
                return Start(e, new TextContent(text.Delta));
            case ResponseReasoningSummaryTextDeltaEvent summary:
                return Start(e, ResponsesMapping.Reasoning(summary.Delta, null, summary.ItemId));
            case ResponseReasoningTextDeltaEvent reasoning:
                return Start(e, ResponsesMapping.Reasoning(reasoning.Delta, null, reasoning.ItemId));
            case ResponseRefusalDoneEvent refusal:
                return Start(e, new ErrorContent(refusal.Refusal) { ErrorCode = "Refusal" });
            case ResponseOutputItemDoneEvent done:
                return Start(e, Done(done.Item));
            default:
                return Start(e);
        }
    }

    /// <summary>A finished item's content: a function call whole (its arguments came in pieces), encrypted reasoning;
    /// none for a message or reasoning whose text already came as deltas; any other item as its record.</summary>
    private static AIContent? Done(ResponseItem? item) => item switch
    {
        FunctionCallItem call => AIMapping.FunctionCall(call.CallId, call.Name, call.Arguments),
        ReasoningItem { EncryptedContent: { Length: > 0 } encrypted } reasoning => ResponsesMapping.Reasoning(null, encrypted, reasoning.Id),
        MessageItem or ReasoningItem or null => null,
        _ => new AIContent { RawRepresentation = item },
    };

    private ChatResponseUpdate Start(ResponseStreamEvent e, AIContent? content = null) => new(_role, content is null ? [] : [content])
    {
        ResponseId = _responseId,
        ConversationId = _conversation,
        MessageId = _messageId,
        ModelId = _model,
        CreatedAt = _created,
        RawRepresentation = e,
    };
}
