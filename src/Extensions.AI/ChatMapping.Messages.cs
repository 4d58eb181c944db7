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

/// <summary>Messages: Microsoft.Extensions.AI roles and contents to the request's message types.</summary>
internal static partial class ChatMapping
{
    private static readonly AIChatRole s_developer = new("developer");

    private static void AddMessage(List<OaiChatMessage> mapped, AIChatMessage message)
    {
        switch (message.RawRepresentation)
        {
            // A message built with the request types, or a reply from this adapter, goes back as it came.
            case OaiChatMessage own:
                mapped.Add(own);
                return;
            case ChatCompletionMessage reply when message.Role == AIChatRole.Assistant:
                mapped.Add(OaiChatMessage.Assistant(reply));
                return;
        }

        var name = string.IsNullOrWhiteSpace(message.AuthorName) ? null : message.AuthorName;
        if (message.Role == AIChatRole.System)
        {
            mapped.Add(new SystemChatMessage { Content = message.Text, Name = name });
        }
        else if (message.Role == s_developer)
        {
            mapped.Add(new DeveloperChatMessage { Content = message.Text, Name = name });
        }
        else if (message.Role == AIChatRole.User)
        {
            mapped.Add(new UserChatMessage { Content = UserContent(message.Contents), Name = name });
        }
        else if (message.Role == AIChatRole.Tool)
        {
            foreach (var result in message.Contents.OfType<FunctionResultContent>())
            {
                mapped.Add(OaiChatMessage.Tool(result.CallId, AIMapping.ResultText(result.Result)));
            }
        }
        else if (message.Role == AIChatRole.Assistant)
        {
            mapped.Add(Assistant(message, name));
        }
        else
        {
            throw new NotSupportedException($"Chat Completions has no message role '{message.Role}'.");
        }
    }

    private static AssistantChatMessage Assistant(AIChatMessage message, string? name)
    {
        List<ChatToolCall>? calls = null;
        string? refusal = null;
        foreach (var content in message.Contents)
        {
            switch (content)
            {
                case FunctionCallContent call:
                    (calls ??= []).Add(ChatToolCall.Function(call.CallId, call.Name, AIMapping.ArgumentsJson(call.Arguments)));
                    break;
                case ErrorContent { ErrorCode: "Refusal" } error:
                    refusal = error.Message;
                    break;
            }
        }

        var text = string.Concat(message.Contents.OfType<TextContent>().Select(t => t.Text));
        return new AssistantChatMessage
        {
            Content = text.Length > 0 || calls is null ? new ChatMessageContent(text) : null,
            ToolCalls = calls,
            Refusal = refusal,
            Name = name,
        };
    }

    private static ChatMessageContent UserContent(IList<AIContent> contents)
    {
        if (contents is [TextContent only])
        {
            return only.Text;
        }

        var parts = new List<ChatContentPart>(contents.Count);
        foreach (var content in contents)
        {
            if (ToPart(content) is { } part)
            {
                parts.Add(part);
            }
        }

        return parts.Count == 0 ? string.Empty : new ChatMessageContent(parts);
    }

    /// <summary>Text, images (by URL or bytes), audio (wav, mp3) and files (bytes or an uploaded file id).</summary>
    private static ChatContentPart? ToPart(AIContent content) => content switch
    {
        { RawRepresentation: ChatContentPart raw } => raw,
        TextContent text => ChatContentPart.Text(text.Text),
        UriContent uri when uri.HasTopLevelMediaType("image") => ChatContentPart.ImageUrl(uri.Uri, Detail(content)),
        DataContent data when data.HasTopLevelMediaType("image") => ChatContentPart.ImageBytes(data.Data.Span, data.MediaType, Detail(content)),
        DataContent data when data.MediaType.Equals("audio/wav", StringComparison.OrdinalIgnoreCase)
            || data.MediaType.Equals("audio/x-wav", StringComparison.OrdinalIgnoreCase) => ChatContentPart.InputAudio(data.Data.Span, ChatInputAudioFormat.Wav),
        DataContent data when data.MediaType.Equals("audio/mpeg", StringComparison.OrdinalIgnoreCase)
            || data.MediaType.Equals("audio/mp3", StringComparison.OrdinalIgnoreCase) => ChatContentPart.InputAudio(data.Data.Span, ChatInputAudioFormat.Mp3),
        DataContent data when data.HasTopLevelMediaType("application") || data.HasTopLevelMediaType("text") =>
            ChatContentPart.FileData(data.Data.Span, data.Name ?? "file", data.MediaType),
        HostedFileContent file => ChatContentPart.File(file.FileId),
        DataContent data => throw new NotSupportedException($"Chat Completions takes no {data.MediaType} content."),
        _ => null,
    };

    private static ImageDetail? Detail(AIContent content) => AIMapping.Detail(content) is { } detail ? ImageDetail.Create(detail) : null;
}
