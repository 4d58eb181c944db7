using System;
using System.Collections.Generic;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Oai.Chat;
using AIChatMessage = Microsoft.Extensions.AI.ChatMessage;
using AIChatRole = Microsoft.Extensions.AI.ChatRole;

namespace Oai.Extensions.AI;

/// <summary>Records back: a <see cref="ChatCompletion"/> to a <see cref="ChatResponse"/>, and the pieces the stream
/// fold shares with it.</summary>
internal static partial class ChatMapping
{
    public static ChatResponse FromCompletion(ChatCompletion completion)
    {
        var created = DateTimeOffset.FromUnixTimeSeconds(completion.Created);
        var messages = new List<AIChatMessage>(completion.Choices.Count);
        ChatFinishReason? finish = null;
        foreach (var choice in completion.Choices)
        {
            var reply = choice.Message;
            var message = new AIChatMessage(AIChatRole.Assistant, [])
            {
                MessageId = completion.Id,
                CreatedAt = created,
                RawRepresentation = reply,
            };
            if (reply.TryGetText(out var text))
            {
                message.Contents.Add(new TextContent(text));
            }

            foreach (var call in reply.ToolCalls)
            {
                if (call.TryGetFunction(out var function))
                {
                    var content = AIMapping.FunctionCall(function.Id, function.Function.Name, function.Function.Arguments);
                    content.RawRepresentation = function;
                    message.Contents.Add(content);
                }
            }

            if (reply.TryGetRefusal(out var refusal))
            {
                message.Contents.Add(new ErrorContent(refusal) { ErrorCode = "Refusal" });
            }

            messages.Add(message);
            finish ??= ToFinishReason(choice.FinishReason);
        }

        return new ChatResponse(messages)
        {
            ResponseId = completion.Id,
            ModelId = completion.Model,
            CreatedAt = created,
            FinishReason = finish,
            Usage = completion.Usage is { } usage ? ToUsage(usage) : null,
            RawRepresentation = completion,
        };
    }

    public static ChatFinishReason? ToFinishReason(FinishReason? reason)
    {
        if (reason is not { } value)
        {
            return null;
        }

        return value == FinishReason.Stop ? ChatFinishReason.Stop
            : value == FinishReason.Length ? ChatFinishReason.Length
            : value == FinishReason.ToolCalls || value == FinishReason.FunctionCall ? ChatFinishReason.ToolCalls
            : value == FinishReason.ContentFilter ? ChatFinishReason.ContentFilter
            : new ChatFinishReason(value.ToString());
    }

    public static UsageDetails ToUsage(CompletionUsage usage) => new()
    {
        InputTokenCount = usage.PromptTokens,
        OutputTokenCount = usage.CompletionTokens,
        TotalTokenCount = usage.TotalTokens,
        CachedInputTokenCount = usage.PromptTokensDetails?.CachedTokens,
        ReasoningTokenCount = usage.CompletionTokensDetails?.ReasoningTokens,
    };
}
