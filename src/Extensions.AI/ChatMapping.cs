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
    /// <summary>The provider name reported in the metadata, as <c>gen_ai.provider.name</c> names it.</summary>
    public const string ProviderName = "openai";

    /// <summary>The <see cref="ChatOptions.AdditionalProperties"/> key that turns strict mode on for function tools and
    /// JSON schemas (the key Microsoft.Extensions.AI.OpenAI reads too); it is not sent as a request field.</summary>
    public const string StrictKey = "strict";

    public static ChatCompletionRequest ToRequest(IEnumerable<AIChatMessage> messages, ChatOptions? options, string? defaultModelId, IChatClient client)
    {
        var raw = options?.RawRepresentationFactory?.Invoke(client) as ChatCompletionRequest;
        var model = raw?.Model is { Length: > 0 } rawModel ? rawModel : options?.ModelId ?? defaultModelId
            ?? throw new InvalidOperationException(
                "No model for the chat request: set ChatOptions.ModelId or give a default model to AsIChatClient.");
        var strict = Strict(options?.AdditionalProperties);

        var mapped = new List<OaiChatMessage>(raw?.Messages ?? []);
        if (options?.Instructions is { Length: > 0 } instructions)
        {
            mapped.Add(OaiChatMessage.System(instructions));
        }

        foreach (var message in messages)
        {
            AddMessage(mapped, message);
        }

        var tools = options?.Tools?.OfType<AIFunctionDeclaration>().Select(f => (ChatTool)ChatTool.Function(
            f.Name, string.IsNullOrEmpty(f.Description) ? null : f.Description, f.JsonSchema, strict)).ToList();
        var hasTools = tools is { Count: > 0 };

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
            ReasoningEffort = raw?.ReasoningEffort ?? ToReasoningEffort(options?.Reasoning?.Effort),
            Tools = raw?.Tools ?? (hasTools ? tools : null),
            ToolChoice = raw?.ToolChoice ?? (hasTools ? ToToolChoice(options!.ToolMode) : null),
            ParallelToolCalls = raw?.ParallelToolCalls ?? (hasTools ? options!.AllowMultipleToolCalls : null),
            ResponseFormat = raw?.ResponseFormat ?? ToResponseFormat(options?.ResponseFormat, strict),
            AdditionalProperties = Extra(raw?.AdditionalProperties, options?.AdditionalProperties),
        };
        return request;
    }

    private static bool? Strict(AdditionalPropertiesDictionary? properties) =>
        properties?.TryGetValue(StrictKey, out var value) is true && value is bool strict ? strict : null;

    private static ChatToolChoice? ToToolChoice(ChatToolMode? mode) => mode switch
    {
        NoneChatToolMode => ChatToolChoice.None,
        RequiredChatToolMode { RequiredFunctionName: { } name } => ChatToolChoice.ForFunction(name),
        RequiredChatToolMode => ChatToolChoice.Required,
        AutoChatToolMode => ChatToolChoice.Auto,
        _ => null,
    };

    private static Oai.Chat.ChatResponseFormat? ToResponseFormat(Microsoft.Extensions.AI.ChatResponseFormat? format, bool? strict) => format switch
    {
        ChatResponseFormatText => Oai.Chat.ChatResponseFormat.Text,
        ChatResponseFormatJson { Schema: { } schema } json =>
            Oai.Chat.ChatResponseFormat.JsonSchema(json.SchemaName ?? "json_schema", schema, json.SchemaDescription, strict),
        ChatResponseFormatJson => Oai.Chat.ChatResponseFormat.JsonObject,
        _ => null,
    };

    private static Oai.Chat.ReasoningEffort? ToReasoningEffort(Microsoft.Extensions.AI.ReasoningEffort? effort) => effort switch
    {
        Microsoft.Extensions.AI.ReasoningEffort.None => Oai.Chat.ReasoningEffort.None,
        Microsoft.Extensions.AI.ReasoningEffort.Low => Oai.Chat.ReasoningEffort.Low,
        Microsoft.Extensions.AI.ReasoningEffort.Medium => Oai.Chat.ReasoningEffort.Medium,
        Microsoft.Extensions.AI.ReasoningEffort.High => Oai.Chat.ReasoningEffort.High,
        Microsoft.Extensions.AI.ReasoningEffort.ExtraHigh => Oai.Chat.ReasoningEffort.ExtraHigh,
        _ => null,
    };

    /// <summary>Every additional property but <see cref="StrictKey"/> becomes a request field of that name.</summary>
    private static IDictionary<string, JsonElement>? Extra(IDictionary<string, JsonElement>? raw, AdditionalPropertiesDictionary? properties)
    {
        if (properties is null || properties.Count == 0)
        {
            return raw;
        }

        var extra = raw is null ? new Dictionary<string, JsonElement>() : new Dictionary<string, JsonElement>(raw);
        foreach (var (key, value) in properties)
        {
            if (key != StrictKey && !extra.ContainsKey(key))
            {
                extra[key] = value is JsonElement element ? element
                    : JsonSerializer.SerializeToElement(value, AIJsonUtilities.DefaultOptions.GetTypeInfo(value?.GetType() ?? typeof(object)));
            }
        }

        return extra;
    }
}
