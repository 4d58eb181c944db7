using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Oai.Responses;
using AIChatMessage = Microsoft.Extensions.AI.ChatMessage;

namespace Oai.Extensions.AI;

/// <summary>Microsoft.Extensions.AI messages and options to a <see cref="ResponseRequest"/>, and a
/// <see cref="Response"/> back to a <see cref="ChatResponse"/>.</summary>
internal static partial class ResponsesMapping
{
    /// <summary>The request, and the conversation (<c>conv_...</c>) it continues, if any: the response's
    /// <see cref="ChatResponse.ConversationId"/> stays that conversation rather than the response's id.</summary>
    public readonly record struct Mapped(ResponseRequest Request, string? Conversation);

    public static Mapped ToRequest(IEnumerable<AIChatMessage> messages, ChatOptions? options, string? defaultModelId, IChatClient client)
    {
        var raw = options?.RawRepresentationFactory?.Invoke(client) as ResponseRequest;
        var model = AIMapping.Model(raw?.Model, options, defaultModelId, "AsResponsesChatClient");

        var items = new List<ResponseItem>(raw?.Input?.Items ?? []);
        if (raw?.Input?.Text is { } rawText)
        {
            items.Add(ResponseItem.User(rawText));
        }

        foreach (var message in messages)
        {
            AddItems(items, message);
        }

        var tools = AIMapping.Functions(options, static (name, description, schema, strict) =>
            (ResponseTool)new FunctionTool { Name = name, Description = description, Parameters = schema, Strict = strict });
        tools = AIMapping.Tools(raw?.Tools, tools);
        var hasTools = tools is not null;

        // ChatOptions.ConversationId is a conversation (conv_...) or the id of the response this one continues, as
        // Microsoft.Extensions.AI.OpenAI reads it; a request that names either already keeps its own.
        var conversation = raw?.Conversation;
        var previous = raw?.PreviousResponseId;
        if (conversation is null && previous is null && options?.ConversationId is { Length: > 0 } id)
        {
            (conversation, previous) = id.StartsWith("conv_", StringComparison.OrdinalIgnoreCase) ? (id, null) : ((string?)null, id);
        }

        var request = (raw ?? new ResponseRequest()) with
        {
            Model = model,
            Input = ResponseInput.FromItems(items),
            Instructions = Join(raw?.Instructions, options?.Instructions),
            Conversation = conversation,
            PreviousResponseId = previous,
            Temperature = raw?.Temperature ?? options?.Temperature,
            TopP = raw?.TopP ?? options?.TopP,
            MaxOutputTokens = raw?.MaxOutputTokens ?? options?.MaxOutputTokens,
            Reasoning = raw?.Reasoning ?? ToReasoning(options?.Reasoning),
            Tools = tools,
            ToolChoice = raw?.ToolChoice ?? (hasTools
                ? AIMapping.ToolChoice(options!.ToolMode, ResponseToolChoice.None, ResponseToolChoice.Auto, ResponseToolChoice.Required, ResponseToolChoice.Function)
                : null),
            ParallelToolCalls = raw?.ParallelToolCalls ?? (hasTools ? options!.AllowMultipleToolCalls : null),
            Text = raw?.Text?.Format is not null ? raw.Text : Text(raw?.Text, options),
        };
        request = request with
        {
            AdditionalProperties = AIMapping.Extra(request, ClientJsonContext.Default.ResponseRequest, raw?.AdditionalProperties, options?.AdditionalProperties),
        };
        return new Mapped(request, conversation);
    }

    /// <summary>Whether the service keeps nothing of this exchange (<c>store: false</c> in the request or the
    /// response), so there is no response id to continue from.</summary>
    public static bool NotStored(ResponseRequest request, Response? response) =>
        request.Store == false || response?.Store == false
        || request.AdditionalProperties?.TryGetValue("store", out var store) is true && store.ValueKind == JsonValueKind.False;

    private static string? Join(string? first, string? second) =>
        string.IsNullOrEmpty(first) ? (string.IsNullOrEmpty(second) ? null : second)
        : string.IsNullOrEmpty(second) ? first
        : $"{first}\n{second}";

    private static ResponseTextOptions? Text(ResponseTextOptions? raw, ChatOptions? options) =>
        AIMapping.ResponseFormat<ResponseTextFormat>(options, ResponseTextFormat.Text, ResponseTextFormat.JsonObject,
            static (name, schema, description, strict) => new ResponseJsonSchemaFormat { Name = name, Schema = schema, Description = description, Strict = strict })
            is { } format ? (raw ?? new ResponseTextOptions()) with { Format = format } : raw;

    private static ResponseReasoningOptions? ToReasoning(ReasoningOptions? reasoning)
    {
        var effort = AIMapping.ToReasoningEffort(reasoning?.Effort);
        var summary = reasoning?.Output switch
        {
            ReasoningOutput.Summary => "concise",
            ReasoningOutput.Full => "detailed",
            _ => null,
        };
        return effort is null && summary is null ? null : new ResponseReasoningOptions { Effort = effort, Summary = summary };
    }
}
