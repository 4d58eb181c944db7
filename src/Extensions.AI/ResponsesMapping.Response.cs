using System.Collections.Generic;
using Microsoft.Extensions.AI;
using Oai.Responses;
using AIChatMessage = Microsoft.Extensions.AI.ChatMessage;
using AIChatRole = Microsoft.Extensions.AI.ChatRole;

namespace Oai.Extensions.AI;

/// <summary>Records back: a <see cref="Response"/> to a <see cref="ChatResponse"/>, and the pieces the stream fold
/// shares with it.</summary>
internal static partial class ResponsesMapping
{
    public static ChatResponse FromResponse(Response response, ResponseRequest request, string? conversation)
    {
        var messages = ToMessages(response.Output);
        if (response.Error is { } error)
        {
            if (messages.Count == 0)
            {
                messages.Add(new AIChatMessage(AIChatRole.Assistant, []));
            }

            messages[^1].Contents.Add(new ErrorContent(error.Message) { ErrorCode = error.Code });
        }

        foreach (var message in messages)
        {
            message.CreatedAt ??= response.CreatedAt;
        }

        return new ChatResponse(messages)
        {
            ResponseId = response.Id,
            ConversationId = ConversationId(request, response, conversation),
            ModelId = response.Model,
            CreatedAt = response.CreatedAt,
            FinishReason = ToFinishReason(response),
            Usage = ToUsage(response.Usage),
            RawRepresentation = response,
        };
    }

    /// <summary>The conversation to continue from: the <c>conv_...</c> one the request named, else this response's id
    /// (the next request's <c>previous_response_id</c>), none when nothing is stored.</summary>
    public static string? ConversationId(ResponseRequest request, Response? response, string? conversation) =>
        NotStored(request, response) ? null : conversation ?? (response?.Id is { Length: > 0 } id ? id : null);

    /// <summary><c>length</c> or <c>content_filter</c> for an incomplete response, <c>tool_calls</c> when it ends in
    /// function calls, <c>stop</c> when completed; null while it runs.</summary>
    public static ChatFinishReason? ToFinishReason(Response response)
    {
        if (response.TryGetIncompleteReason(out var reason))
        {
            return reason == IncompleteReason.MaxOutputTokens ? ChatFinishReason.Length
                : reason == IncompleteReason.ContentFilter ? ChatFinishReason.ContentFilter
                : new ChatFinishReason(reason.Value);
        }

        return response.Status != ResponseStatus.Completed ? null
            : response.TryGetFunctionCalls(out _) ? ChatFinishReason.ToolCalls
            : ChatFinishReason.Stop;
    }

    public static UsageDetails? ToUsage(ResponseUsage? usage) => usage is null ? null : new()
    {
        InputTokenCount = usage.InputTokens,
        OutputTokenCount = usage.OutputTokens,
        TotalTokenCount = usage.TotalTokens,
        CachedInputTokenCount = usage.InputTokensDetails?.CachedTokens,
        ReasoningTokenCount = usage.OutputTokensDetails?.ReasoningTokens,
    };

    /// <summary>Output items as assistant messages: a new message at each message item, every other item (calls,
    /// reasoning, built-in tool calls) a content of the current one.</summary>
    private static List<AIChatMessage> ToMessages(IReadOnlyList<ResponseItem> output)
    {
        var messages = new List<AIChatMessage>();
        AIChatMessage? current = null;
        foreach (var item in output)
        {
            if (item is MessageItem message)
            {
                if (current is null || current.MessageId is not null)
                {
                    current = new AIChatMessage(AIChatRole.Assistant, []);
                    messages.Add(current);
                }

                current.MessageId = message.Id;
                current.RawRepresentation = message;
                current.Role = ToRole(message.Role);
                foreach (var part in message.Content)
                {
                    current.Contents.Add(ToContent(part));
                }

                continue;
            }

            if (current is null)
            {
                current = new AIChatMessage(AIChatRole.Assistant, []);
                messages.Add(current);
            }

            current.Contents.Add(ToContent(item));
        }

        return messages;
    }

    private static AIContent ToContent(ResponseItem item)
    {
        AIContent content = item switch
        {
            FunctionCallItem call => AIMapping.FunctionCall(call.CallId, call.Name, call.Arguments),
            FunctionCallOutputItem result => new FunctionResultContent(result.CallId, result.Output),
            ReasoningItem reasoning => Reasoning(reasoning.TryGetSummaryText(out var summary) ? summary : null, reasoning.EncryptedContent, reasoning.Id),
            _ => new AIContent(),
        };
        content.RawRepresentation = item;
        return content;
    }

    private static AIContent ToContent(ResponseContentPart part)
    {
        AIContent content = part switch
        {
            OutputTextPart text => new TextContent(text.Text),
            InputTextPart text => new TextContent(text.Text),
            RefusalPart refusal => new ErrorContent(refusal.Refusal) { ErrorCode = "Refusal" },
            _ => new AIContent(),
        };
        content.RawRepresentation = part;
        return content;
    }

    public static TextReasoningContent Reasoning(string? text, string? encrypted, string? itemId)
    {
        var content = new TextReasoningContent(text) { ProtectedData = encrypted };
        if (!string.IsNullOrEmpty(itemId))
        {
            (content.AdditionalProperties ??= [])[ReasoningItemIdKey] = itemId;
        }

        return content;
    }

    private static AIChatRole ToRole(ResponseRole role) =>
        role == ResponseRole.User ? AIChatRole.User
        : role == ResponseRole.System ? AIChatRole.System
        : role == ResponseRole.Developer ? s_developer
        : AIChatRole.Assistant;
}
