using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.AI;
using Oai.Chat;

namespace Oai.Extensions.AI;

/// <summary>What the Chat Completions and the Responses adapters map alike: the model, function tools, tool mode,
/// response format, reasoning effort, additional properties, function call arguments and results.</summary>
internal static class AIMapping
{
    /// <summary>The provider name reported in the metadata, as <c>gen_ai.provider.name</c> names it.</summary>
    public const string ProviderName = "openai";

    /// <summary>The <see cref="ChatOptions.AdditionalProperties"/> key that turns strict mode on for function tools and
    /// JSON schemas (the key Microsoft.Extensions.AI.OpenAI reads too); it is not sent as a request field.</summary>
    public const string StrictKey = "strict";

    /// <summary>Microsoft.Extensions.AI's serializer settings without its indentation: arguments and results go on the
    /// wire as compact JSON, as the service sends them.</summary>
    private static readonly JsonSerializerOptions s_compact = Compact();

    /// <summary>What an adapter's <c>GetService</c> answers: its metadata, the client, the endpoint group it calls,
    /// or itself; nothing for a keyed request.</summary>
    public static object? Service(Type serviceType, object? serviceKey, object metadata, OaiClient client, object group, object adapter)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is not null ? null
            : serviceType == metadata.GetType() ? metadata
            : serviceType.IsInstanceOfType(client) ? client
            : serviceType.IsInstanceOfType(group) ? group
            : serviceType.IsInstanceOfType(adapter) ? adapter
            : null;
    }

    /// <summary>The request's own model, else the options', else the adapter's default.</summary>
    public static string Model(string? requestModel, ChatOptions? options, string? defaultModelId, string entryPoint) =>
        requestModel is { Length: > 0 } own ? own : options?.ModelId ?? defaultModelId
            ?? throw new InvalidOperationException(
                $"No model for the chat request: set ChatOptions.ModelId or give a default model to {entryPoint}.");

    public static bool? Strict(AdditionalPropertiesDictionary? properties) =>
        properties?.TryGetValue(StrictKey, out var value) is true && value is bool strict ? strict : null;

    /// <summary>The options' function declarations as tools of the request type, or null when there are none.</summary>
    public static List<T>? Functions<T>(ChatOptions? options, Func<string, string?, JsonElement, bool?, T> tool)
    {
        var strict = Strict(options?.AdditionalProperties);
        var tools = options?.Tools?.OfType<AIFunctionDeclaration>()
            .Select(f => tool(f.Name, string.IsNullOrEmpty(f.Description) ? null : f.Description, f.JsonSchema, strict)).ToList();
        return tools is { Count: > 0 } ? tools : null;
    }

    /// <summary>The tool mode as the request type's choice: none, auto, required, or one named function.</summary>
    public static T? ToolChoice<T>(ChatToolMode? mode, T none, T auto, T required, Func<string, T> function)
        where T : class => mode switch
        {
            NoneChatToolMode => none,
            RequiredChatToolMode { RequiredFunctionName: { } name } => function(name),
            RequiredChatToolMode => required,
            AutoChatToolMode => auto,
            _ => null,
        };

    /// <summary>The response format as the request type's: text, JSON mode, or a JSON schema (strict as the options say).</summary>
    public static T? ResponseFormat<T>(ChatOptions? options, T text, T jsonObject, Func<string, JsonElement, string?, bool?, T> schema)
        where T : class => options?.ResponseFormat switch
        {
            ChatResponseFormatText => text,
            ChatResponseFormatJson { Schema: { } json } format =>
                schema(format.SchemaName ?? "json_schema", json, format.SchemaDescription, Strict(options.AdditionalProperties)),
            ChatResponseFormatJson => jsonObject,
            _ => null,
        };

    public static Oai.Chat.ReasoningEffort? ToReasoningEffort(Microsoft.Extensions.AI.ReasoningEffort? effort) => effort switch
    {
        Microsoft.Extensions.AI.ReasoningEffort.None => Oai.Chat.ReasoningEffort.None,
        Microsoft.Extensions.AI.ReasoningEffort.Low => Oai.Chat.ReasoningEffort.Low,
        Microsoft.Extensions.AI.ReasoningEffort.Medium => Oai.Chat.ReasoningEffort.Medium,
        Microsoft.Extensions.AI.ReasoningEffort.High => Oai.Chat.ReasoningEffort.High,
        Microsoft.Extensions.AI.ReasoningEffort.ExtraHigh => Oai.Chat.ReasoningEffort.ExtraHigh,
        _ => null,
    };

    /// <summary>A raw request's tools, then the options' functions after them (as Microsoft.Extensions.AI.OpenAI joins
    /// them), or null when there are none.</summary>
    public static List<T>? Tools<T>(IList<T>? raw, List<T>? functions) =>
        raw is { Count: > 0 } ? [.. raw, .. functions ?? []] : functions;

    /// <summary>The request's extension data with every additional property but <see cref="StrictKey"/> added as a
    /// request field of that name, each key at most once: a field the request already writes (a modelled property it
    /// sets, or its own extension data) keeps the request's value; a modelled field it leaves unset (<c>store</c>...)
    /// is sent from the additional property.</summary>
    public static IDictionary<string, JsonElement>? Extra<T>(T request, JsonTypeInfo<T> type, IDictionary<string, JsonElement>? raw, AdditionalPropertiesDictionary? properties)
    {
        if (properties is not { Count: > 0 } && raw is not { Count: > 0 })
        {
            return raw; // the usual call: nothing to merge, no walk over the request's fields
        }

        var extra = raw is null ? new Dictionary<string, JsonElement>() : new Dictionary<string, JsonElement>(raw);
        foreach (var (key, value) in properties ?? [])
        {
            if (key != StrictKey && !extra.ContainsKey(key))
            {
                extra[key] = value is JsonElement element ? element
                    : JsonSerializer.SerializeToElement(value, AIJsonUtilities.DefaultOptions.GetTypeInfo(value?.GetType() ?? typeof(object)));
            }
        }

        // A key naming a field the request writes is dropped: the request's value is sent, once.
        foreach (var property in type.Properties)
        {
            if (!property.IsExtensionData && extra.ContainsKey(property.Name)
                && property.Get?.Invoke(request!) is { } value && (property.ShouldSerialize?.Invoke(request!, value) ?? true))
            {
                extra.Remove(property.Name);
            }
        }

        return extra;
    }

    /// <summary>The image detail level given in a content's additional properties (<c>detail</c>), or null.</summary>
    public static string? Detail(AIContent content) =>
        content.AdditionalProperties?.TryGetValue("detail", out var value) is true && value is string detail ? detail : null;

    /// <summary>A function call's arguments as the compact JSON the service expects.</summary>
    public static string ArgumentsJson(IDictionary<string, object?>? arguments) =>
        JsonSerializer.Serialize(arguments, s_compact.GetTypeInfo(typeof(IDictionary<string, object?>)));

    /// <summary>A tool result as the text sent back: a string (a JSON string too) as it is, anything else as JSON.</summary>
    public static string ResultText(object? result) => result switch
    {
        null => string.Empty,
        string text => text,
        JsonElement { ValueKind: JsonValueKind.String } element => element.GetString()!,
        JsonElement element => element.GetRawText(),
        _ => JsonSerializer.Serialize(result, s_compact.GetTypeInfo(typeof(object))),
    };

    /// <summary>A function call with its arguments parsed (a parse failure is kept on the content, as Microsoft.Extensions.AI does).</summary>
    public static FunctionCallContent FunctionCall(string callId, string name, string arguments) =>
        FunctionCallContent.CreateFromParsedArguments(arguments, callId, name, static json =>
            JsonSerializer.Deserialize(json, (JsonTypeInfo<IDictionary<string, object?>>)
                AIJsonUtilities.DefaultOptions.GetTypeInfo(typeof(IDictionary<string, object?>))));

    private static JsonSerializerOptions Compact()
    {
        var options = new JsonSerializerOptions(AIJsonUtilities.DefaultOptions) { WriteIndented = false };
        options.MakeReadOnly();
        return options;
    }
}
