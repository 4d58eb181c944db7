using System;
using Oai.Telemetry;

namespace Oai.Responses;

/// <summary>Maps a Responses request's input items and a response's output items onto the GenAI conventions' message
/// shapes, for content capture: messages as text parts, function and custom tool calls as <c>tool_call</c>, their
/// outputs as <c>tool_call_response</c>, reasoning summaries as <c>reasoning</c>, built-in tool calls as a
/// <c>tool_call</c> named by their type.</summary>
internal static class ResponsesContentCapture
{
    public static CapturedMessages Input(ResponseRequest request)
    {
        var captured = new CapturedMessages();
        if (request.Input?.Text is { } text)
        {
            captured.AddMessage("user");
            captured.AddText(text);
        }

        foreach (var item in request.Input?.Items ?? [])
        {
            AddItem(captured, item, finishReason: null);
        }

        return captured;
    }

    public static CapturedMessages Output(Response response)
    {
        var captured = new CapturedMessages();
        var finishReason = ResponsesTelemetry.FinishReason(response) ?? GenAi.FinishReasonError;
        foreach (var item in response.Output)
        {
            AddItem(captured, item, finishReason);
        }

        return captured;
    }

    /// <summary>The <c>gen_ai.system_instructions</c> JSON: one text part, cut (with the marker) to fit the limit.</summary>
    public static string Instructions(string instructions, int maxLength)
    {
        var captured = new CapturedMessages();
        captured.AddMessage("system");
        captured.AddText(instructions);
        return captured.ToPartsJson(maxLength);
    }

    private static void AddItem(CapturedMessages captured, ResponseItem item, string? finishReason)
    {
        switch (item)
        {
            case MessageItem message:
                captured.AddMessage(Role(message.Role), finishReason);
                foreach (var part in message.Content)
                {
                    AddPart(captured, part);
                }

                break;
            case FunctionCallItem call:
                captured.AddMessage("assistant", finishReason);
                captured.AddToolCall(call.CallId, call.Name, call.Arguments);
                break;
            case CustomToolCallItem call:
                captured.AddMessage("assistant", finishReason);
                captured.AddToolCall(call.CallId, call.Name, call.Input);
                break;
            case ToolCallOutputItem output:
                captured.AddMessage("tool");
                captured.AddToolCallResponse(output.CallId, output.Output);
                break;
            case ReasoningItem reasoning:
                if (reasoning.TryGetSummaryText(out var summary))
                {
                    captured.AddMessage("assistant", finishReason);
                    captured.AddReasoning(summary);
                }

                break;
            case McpCallItem mcp:
                captured.AddMessage("assistant", finishReason);
                captured.AddToolCall(mcp.Id, mcp.Name, mcp.Arguments);
                break;
            default:
                // Built-in tool calls (web search, file search, code interpreter, image generation...) and unknown items:
                // by kind and id only, never their payloads (images, file contents).
                if (item.Type.EndsWith("_call", StringComparison.Ordinal))
                {
                    captured.AddMessage("assistant", finishReason);
                    captured.AddToolCall(item.Id, item.Type, null);
                }

                break;
        }
    }

    private static void AddPart(CapturedMessages captured, ResponseContentPart part)
    {
        switch (part)
        {
            case OutputTextPart output:
                captured.AddText(output.Text);
                break;
            case InputTextPart input:
                captured.AddText(input.Text);
                break;
            case RefusalPart refusal:
                captured.AddText(refusal.Refusal);
                break;
            case InputImagePart image:
                if (image.FileId is { } imageFileId)
                {
                    captured.AddFile("image", imageFileId);
                }
                else if (image.ImageUrl is { } url)
                {
                    captured.AddUrl("image", url);
                }

                break;
            case InputFilePart file:
                if (file.FileId is { } fileId)
                {
                    captured.AddFile("file", fileId);
                }
                else if (file.FileUrl is { } fileUrl)
                {
                    captured.AddUri("file", fileUrl);
                }
                else if (file.FileData is { } data)
                {
                    if (data.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
                    {
                        captured.AddUrl("file", data);
                    }
                    else
                    {
                        captured.AddBlob("file", null, data);
                    }
                }

                break;
        }
    }

    private static string Role(ResponseRole role) =>
        role == ResponseRole.Assistant ? "assistant" : role == ResponseRole.System || role == ResponseRole.Developer ? "system" : "user";
}
