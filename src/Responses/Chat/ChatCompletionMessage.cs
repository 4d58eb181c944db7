using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>The message the model generated for a choice.</summary>
/// <remarks>See <see href="https://platform.openai.com/docs/api-reference/chat/object">the chat completion object</see>.</remarks>
public sealed record ChatCompletionMessage
{
    /// <summary>Gets the author of the message, <see cref="ChatRole.Assistant"/> in practice.</summary>
    [JsonPropertyName("role")]
    public ChatRole Role { get; init => field = value.OrDefault(ChatRole.Assistant); } = ChatRole.Assistant;

    /// <summary>Gets the text of the message; null when the model only called tools or refused.</summary>
    [JsonPropertyName("content")]
    public string? Content { get; init; }

    /// <summary>Gets the refusal the model produced instead of content, or null.</summary>
    [JsonPropertyName("refusal")]
    public string? Refusal { get; init; }

    /// <summary>Gets the tool calls the model made; empty when null or absent.</summary>
    [JsonPropertyName("tool_calls")]
    public IReadOnlyList<ChatToolCall> ToolCalls { get; init => field = NullRule.Items(value); } = [];

    /// <summary>Gets the annotations on the content, such as web search citations; empty when null or absent.</summary>
    [JsonPropertyName("annotations")]
    public IReadOnlyList<ChatAnnotation> Annotations { get; init => field = NullRule.Items(value); } = [];

    /// <summary>Gets the audio answer when the audio output modality was requested, or null.</summary>
    [JsonPropertyName("audio")]
    public ChatMessageAudio? Audio { get; init; }

    /// <summary>Gets the legacy function call (deprecated in favour of <see cref="ToolCalls"/>), or null.</summary>
    [JsonPropertyName("function_call")]
    public ChatFunctionCall? FunctionCall { get; init; }

    /// <summary>Gets the fields this record does not model, kept as sent.</summary>
    // set, not init: the source generator cannot bind [JsonExtensionData] to an init accessor (dotnet/runtime#107898).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Tells whether the model called at least one tool.</summary>
    /// <param name="toolCalls">The tool calls when there are any; otherwise empty.</param>
    /// <returns>True when <see cref="ToolCalls"/> is not empty.</returns>
    /// <example><code>if (message.TryGetToolCalls(out var calls)) { foreach (var call in calls) { /* run it */ } }</code></example>
    public bool TryGetToolCalls(out IReadOnlyList<ChatToolCall> toolCalls)
    {
        toolCalls = ToolCalls;
        return toolCalls.Count > 0;
    }

    /// <summary>Tells whether the model refused to answer.</summary>
    /// <param name="refusal">The refusal text when there is one; otherwise null.</param>
    /// <returns>True when <see cref="Refusal"/> is a non-empty string.</returns>
    /// <example><code>if (message.TryGetRefusal(out var why)) { Console.WriteLine(why); }</code></example>
    public bool TryGetRefusal([NotNullWhen(true)] out string? refusal)
    {
        refusal = string.IsNullOrEmpty(Refusal) ? null : Refusal;
        return refusal is not null;
    }

    /// <summary>Tells whether the message carries text content.</summary>
    /// <param name="text">The content when there is some; otherwise null.</param>
    /// <returns>True when <see cref="Content"/> is a non-empty string.</returns>
    /// <example><code>if (message.TryGetText(out var text)) { Console.WriteLine(text); }</code></example>
    public bool TryGetText([NotNullWhen(true)] out string? text)
    {
        text = string.IsNullOrEmpty(Content) ? null : Content;
        return text is not null;
    }

    /// <summary>Prints the members a person wants to see (counts for lists, nothing for what is empty), for <c>ToString()</c>.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder) => RecordText.Print(builder, ("Role", Role), ("Content", Content), ("Refusal", Refusal), ("ToolCalls", ToolCalls), ("Annotations", Annotations), ("Audio", Audio), ("FunctionCall", FunctionCall));
}
