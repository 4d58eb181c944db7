using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>One message of a chat conversation, sent polymorphically on its <c>role</c>.</summary>
/// <remarks>
/// Build messages with the factories (<see cref="User(string)"/>, <see cref="System(string)"/>, ...) or with
/// <c>new UserChatMessage { Content = ... }</c>. See the
/// <see href="https://platform.openai.com/docs/api-reference/chat/create#chat-create-messages">API reference</see>.
/// </remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "role")]
[JsonDerivedType(typeof(DeveloperChatMessage), "developer")]
[JsonDerivedType(typeof(SystemChatMessage), "system")]
[JsonDerivedType(typeof(UserChatMessage), "user")]
[JsonDerivedType(typeof(AssistantChatMessage), "assistant")]
[JsonDerivedType(typeof(ToolChatMessage), "tool")]
public abstract record ChatMessage
{
    /// <summary>Initialises a message; only the derived records in this library exist.</summary>
    private protected ChatMessage()
    {
    }

    /// <summary>Gets an optional name for the participant, to tell apart participants of the same role.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Creates a system message.</summary>
    /// <param name="content">The instructions.</param>
    /// <returns>A <see cref="SystemChatMessage"/>.</returns>
    public static SystemChatMessage System(string content) => new() { Content = content };

    /// <summary>Creates a developer message, the successor of system messages for newer models.</summary>
    /// <param name="content">The instructions.</param>
    /// <returns>A <see cref="DeveloperChatMessage"/>.</returns>
    public static DeveloperChatMessage Developer(string content) => new() { Content = content };

    /// <summary>Creates a user message with plain text content.</summary>
    /// <param name="content">The text the user sent.</param>
    /// <returns>A <see cref="UserChatMessage"/>.</returns>
    public static UserChatMessage User(string content) => new() { Content = content };

    /// <summary>Creates a user message made of content parts (text, images, audio, files).</summary>
    /// <param name="parts">The parts, in order.</param>
    /// <returns>A <see cref="UserChatMessage"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parts"/> is null.</exception>
    public static UserChatMessage User(params ChatContentPart[] parts) => new() { Content = new ChatMessageContent(parts) };

    /// <summary>Creates an assistant message with text content, to replay an earlier model reply.</summary>
    /// <param name="content">The text the model replied with.</param>
    /// <returns>An <see cref="AssistantChatMessage"/>.</returns>
    public static AssistantChatMessage Assistant(string content) => new() { Content = content };

    /// <summary>Creates an assistant message that carries tool calls and no content.</summary>
    /// <param name="toolCalls">The tool calls the model made.</param>
    /// <returns>An <see cref="AssistantChatMessage"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="toolCalls"/> is null.</exception>
    public static AssistantChatMessage Assistant(IEnumerable<ChatToolCall> toolCalls)
    {
        ArgumentNullException.ThrowIfNull(toolCalls);
        return new AssistantChatMessage { ToolCalls = toolCalls.ToList() };
    }

    /// <summary>Creates the assistant message that echoes a model's reply back into the conversation, tool calls included.</summary>
    /// <param name="reply">The message of a choice from a <see cref="Oai.Chat.ChatCompletion"/>.</param>
    /// <returns>An assistant message carrying the reply's content, refusal and tool calls.</returns>
    /// <example>
    /// <code>
    /// var reply = (await client.Chat.Completions.CreateAsync(request)).Choices[0].Message;
    /// messages.Add(ChatMessage.Assistant(reply));
    /// if (reply.TryGetToolCalls(out var calls)) { foreach (var call in calls) messages.Add(ChatMessage.Tool(call.Id, Run(call))); }
    /// </code>
    /// </example>
    public static AssistantChatMessage Assistant(Oai.Chat.ChatCompletionMessage reply)
    {
        ArgumentNullException.ThrowIfNull(reply);

        return new AssistantChatMessage
        {
            Content = reply.Content is { } content ? new ChatMessageContent(content) : null,
            Refusal = reply.Refusal,

            // The reply's own tool calls, unknown kinds included: request and response share the type.
            ToolCalls = reply.ToolCalls.Count > 0 ? [.. reply.ToolCalls] : null,
        };
    }

    /// <summary>Creates a tool message answering one tool call.</summary>
    /// <param name="toolCallId">The id of the tool call this message answers.</param>
    /// <param name="content">The tool's result.</param>
    /// <returns>A <see cref="ToolChatMessage"/>.</returns>
    public static ToolChatMessage Tool(string toolCallId, string content) =>
        new() { ToolCallId = toolCallId, Content = content };
}
