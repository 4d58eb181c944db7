using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Oai.Chat;
using AIChatMessage = Microsoft.Extensions.AI.ChatMessage;
using AIChatRole = Microsoft.Extensions.AI.ChatRole;
using OaiChatMessage = Oai.Chat.ChatMessage;

namespace Oai.Extensions.AI;

/// <summary>Microsoft.Extensions.AI messages and options to a <see cref="ChatCompletionRequest"/>, and a
/// <see cref="ChatCompletion"/> back to a <see cref="ChatResponse"/>.</summary>
internal static partial class ChatMapping
{
    public static ChatCompletionRequest ToRequest(IEnumerable<AIChatMessage> messages, ChatOptions? options, string? defaultModelId, IChatClient client)
    {
        var raw = options?.RawRepresentationFactory?.Invoke(client) as ChatCompletionRequest;
        var model = AIMapping.Model(raw?.Model, options, defaultModelId, "AsIChatClient");

        var mapped = new List<OaiChatMessage>(raw?.Messages ?? []);
        if (options?.Instructions is { Length: > 0 } instructions)
        {
            mapped.Add(OaiChatMessage.System(instructions));
        }

        foreach (var message in messages)
        {
            AddMessage(mapped, message);
        }

        var tools = AIMapping.Functions(options, static (name, description, schema, strict) => (ChatTool)ChatTool.Function(name, description, schema, strict));
        tools = AIMapping.Tools(raw?.Tools, tools);
        var hasTools = tools is not null;

        var request = (raw ?? new ChatCompletionRequest { Model = model, Messages = mapped }) with
        {
            Model = model,
            Messages = mapped,
            Temperature = raw?.Temperature ?? options?.Temperature,
            TopP = raw?.TopP ?? options?.TopP,
            FrequencyPenalty = raw?.FrequencyPenalty ?? options?.FrequencyPenalty,
            PresencePenalty = raw?.PresencePenalty ?? options?.PresencePenalty,
            Seed = raw?.Seed ?? options?.Seed,
            MaxCompletionTokens = raw?.MaxCompletionTokens ?? options?.MaxOutputTokens,
            Stop = raw?.Stop ?? (options?.StopSequences is { Count: > 0 } stop ? [.. stop] : null),
            ReasoningEffort = raw?.ReasoningEffort ?? AIMapping.ToReasoningEffort(options?.Reasoning?.Effort),
            Tools = tools,
            ToolChoice = raw?.ToolChoice ?? (hasTools
                ? AIMapping.ToolChoice(options!.ToolMode, ChatToolChoice.None, ChatToolChoice.Auto, ChatToolChoice.Required, ChatToolChoice.ForFunction)
                : null),
            ParallelToolCalls = raw?.ParallelToolCalls ?? (hasTools ? options!.AllowMultipleToolCalls : null),
            ResponseFormat = raw?.ResponseFormat ?? AIMapping.ResponseFormat<Oai.Chat.ChatResponseFormat>(
                options, Oai.Chat.ChatResponseFormat.Text, Oai.Chat.ChatResponseFormat.JsonObject, Oai.Chat.ChatResponseFormat.JsonSchema),
        };
        request = request with
        {
            AdditionalProperties = AIMapping.Extra(request, ClientJsonContext.Default.ChatCompletionRequest, raw?.AdditionalProperties, options?.AdditionalProperties),
        };
        return request;
    }
}
