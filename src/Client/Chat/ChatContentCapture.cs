using System;
using System.Collections.Generic;
using Oai.Telemetry;

namespace Oai.Chat;

/// <summary>Maps chat messages onto the GenAI conventions' input and output message shapes, for content capture.</summary>
internal static class ChatContentCapture
{
    public static CapturedMessages Input(IList<ChatMessage> messages)
    {
        var captured = new CapturedMessages();
        foreach (var message in messages)
        {
            switch (message)
            {
                case SystemChatMessage system:
                    captured.AddMessage("system");
                    AddContent(captured, system.Content);
                    break;
                case DeveloperChatMessage developer:
                    captured.AddMessage("system");
                    AddContent(captured, developer.Content);
                    break;
                case UserChatMessage user:
                    captured.AddMessage("user");
                    AddContent(captured, user.Content);
                    break;
                case AssistantChatMessage assistant:
                    captured.AddMessage("assistant");
                    AddContent(captured, assistant.Content);
                    foreach (var call in assistant.ToolCalls ?? [])
                    {
                        AddToolCall(captured, call);
                    }

                    break;
                case ToolChatMessage tool:
                    captured.AddMessage("tool");
                    captured.AddToolCallResponse(tool.ToolCallId, tool.Content.Text ?? JoinText(tool.Content));
                    break;
            }
        }

        return captured;
    }

    public static CapturedMessages Output(ChatCompletion completion)
    {
        var captured = new CapturedMessages();
        foreach (var choice in completion.Choices)
        {
            captured.AddMessage("assistant", MapFinishReason(choice.FinishReason?.Value));
            var message = choice.Message;
            if (message.Content is { } content)
            {
                captured.AddText(content);
            }

            if (message.Refusal is { } refusal)
            {
                captured.AddText(refusal);
            }

            if (message.Audio is { } audio)
            {
                if (audio.Transcript.Length > 0)
                {
                    captured.AddText(audio.Transcript);
                }

                if (audio.Data.Length > 0)
                {
                    captured.AddBlob("audio", null, audio.Data);
                }
            }

            foreach (var call in message.ToolCalls)
            {
                AddToolCall(captured, call);
            }
        }

        return captured;
    }

    /// <summary>Maps the service's finish reasons onto the conventions' values.</summary>
    public static string MapFinishReason(string? reason) => reason switch
    {
        "stop" => "stop",
        "length" => "length",
        "content_filter" => "content_filter",
        "tool_calls" or "function_call" => "tool_call",
        _ => GenAi.FinishReasonError,
    };

    private static void AddContent(CapturedMessages captured, ChatMessageContent? content)
    {
        if (content is null)
        {
            return;
        }

        if (content.Text is { } text)
        {
            captured.AddText(text);
            return;
        }

        foreach (var part in content.Parts ?? [])
        {
            switch (part)
            {
                case ChatTextContentPart textPart:
                    captured.AddText(textPart.Text);
                    break;
                case ChatRefusalContentPart refusal:
                    captured.AddText(refusal.Refusal);
                    break;
                case ChatImageContentPart image:
                    captured.AddUrl("image", image.ImageUrl.Url);
                    break;
                case ChatAudioContentPart audio:
                    var format = audio.InputAudio.Format.Value;
                    captured.AddBlob("audio", format is null ? null : "audio/" + (format == "mp3" ? "mpeg" : format), audio.InputAudio.Data);
                    break;
                case ChatFileContentPart { File: var file }:
                    if (file.FileId is { } fileId)
                    {
                        captured.AddFile("file", fileId);
                    }
                    else if (file.FileData is { } data)
                    {
                        captured.AddUrl("file", data);
                    }

                    break;
            }
        }
    }

    private static void AddToolCall(CapturedMessages captured, ChatToolCall call)
    {
        switch (call)
        {
            case ChatFunctionToolCall function:
                captured.AddToolCall(call.Id, function.Function.Name, function.Function.Arguments);
                break;
            case ChatCustomToolCall custom:
                // A custom tool's input is free text, not JSON: it is kept as a string.
                captured.AddToolCall(call.Id, custom.Custom.Name, custom.Custom.Input);
                break;
            default:
                captured.AddToolCall(call.Id, call.Type, null);
                break;
        }
    }

    private static string JoinText(ChatMessageContent content)
    {
        var parts = new List<string>();
        foreach (var part in content.Parts ?? [])
        {
            if (part is ChatTextContentPart text)
            {
                parts.Add(text.Text);
            }
        }

        return string.Join("\n", parts);
    }
}
