using System;
using System.Collections.Generic;
using Microsoft.Extensions.AI;
using Oai.Responses;
using AIChatMessage = Microsoft.Extensions.AI.ChatMessage;
using AIChatRole = Microsoft.Extensions.AI.ChatRole;

namespace Oai.Extensions.AI;

/// <summary>Messages: Microsoft.Extensions.AI roles and contents to the Responses API's input items.</summary>
internal static partial class ResponsesMapping
{
    /// <summary>The key under which a reasoning content keeps its item's id, so it goes back with it (the key
    /// Microsoft.Extensions.AI.OpenAI uses).</summary>
    public const string ReasoningItemIdKey = "reasoningItemId";

    private static readonly AIChatRole s_developer = new("developer");

    private static void AddItems(List<ResponseItem> items, AIChatMessage message)
    {
        if (message.Role == AIChatRole.System || message.Role == s_developer)
        {
            if (message.RawRepresentation is MessageItem own)
            {
                items.Add(own);
            }
            else if (!string.IsNullOrWhiteSpace(message.Text))
            {
                items.Add(message.Role == AIChatRole.System ? ResponseItem.System(message.Text) : ResponseItem.Developer(message.Text));
            }
        }
        else if (message.Role == AIChatRole.User)
        {
            AddUser(items, message.Contents);
        }
        else if (message.Role == AIChatRole.Tool || message.Role == AIChatRole.Assistant)
        {
            // Assistant and tool contents are items of their own: calls, their outputs, reasoning, text. Whatever
            // came from this adapter (an output item as RawRepresentation) goes back exactly as it came.
            foreach (var content in message.Contents)
            {
                if (ToItem(content) is { } item)
                {
                    items.Add(item);
                }
            }
        }
        else
        {
            throw new NotSupportedException($"The Responses API has no message role '{message.Role}'.");
        }
    }

    /// <summary>A user message: its parts grouped into message items, in order, around contents that are items of
    /// their own (an item given as <see cref="AIContent.RawRepresentation"/>).</summary>
    private static void AddUser(List<ResponseItem> items, IList<AIContent> contents)
    {
        List<ResponseContentPart>? parts = null;
        var added = false;
        foreach (var content in contents)
        {
            if (content.RawRepresentation is ResponseItem own)
            {
                Flush();
                items.Add(own);
                added = true;
            }
            else if (ToPart(content) is { } part)
            {
                (parts ??= []).Add(part);
            }
        }

        if (parts is null && !added)
        {
            parts = [ResponseContentPart.InputText(string.Empty)];
        }

        Flush();

        void Flush()
        {
            if (parts is not null)
            {
                items.Add(ResponseItem.User([.. parts]));
                parts = null;
            }
        }
    }

    /// <summary>Text, images (by URL, bytes or uploaded file) and files (bytes, URL or uploaded file id).</summary>
    private static ResponseContentPart? ToPart(AIContent content) => content switch
    {
        { RawRepresentation: ResponseContentPart raw } => raw,
        TextContent text => ResponseContentPart.InputText(text.Text),
        UriContent uri when uri.HasTopLevelMediaType("image") => ResponseContentPart.InputImage(uri.Uri.AbsoluteUri, AIMapping.Detail(content)),
        UriContent uri => new InputFilePart { FileUrl = uri.Uri.AbsoluteUri },
        DataContent data when data.HasTopLevelMediaType("image") => ResponseContentPart.InputImage(data.Uri, AIMapping.Detail(content)),
        DataContent data => ResponseContentPart.InputFileData(data.Name ?? "file", data.Uri),
        HostedFileContent file when file.HasTopLevelMediaType("image") => ResponseContentPart.InputImageFile(file.FileId, AIMapping.Detail(content)),
        HostedFileContent file => ResponseContentPart.InputFile(file.FileId),
        _ => null,
    };

    /// <summary>A tool result made of contents (text, images, files) as the output's parts, for the model to see.</summary>
    private static List<ResponseContentPart> Parts(object? result)
    {
        var parts = new List<ResponseContentPart>();
        foreach (var content in result as IEnumerable<AIContent> ?? [(AIContent)result!])
        {
            if (ToPart(content) is { } part)
            {
                parts.Add(part);
            }
        }

        return parts;
    }

    /// <summary>An assistant's or a tool's content as an input item: function calls and their results, reasoning, text.</summary>
    private static ResponseItem? ToItem(AIContent content) => content switch
    {
        { RawRepresentation: ResponseItem own } => own,
        FunctionCallContent call => new FunctionCallItem { CallId = call.CallId, Name = call.Name, Arguments = AIMapping.ArgumentsJson(call.Arguments) },
        FunctionResultContent { Result: AIContent or IEnumerable<AIContent> } result => ResponseItem.FunctionCallOutput(result.CallId, Parts(result.Result)),
        FunctionResultContent result => ResponseItem.FunctionCallOutput(result.CallId, AIMapping.ResultText(result.Result)),
        TextReasoningContent reasoning => new ReasoningItem
        {
            Id = reasoning.AdditionalProperties?.TryGetValue(ReasoningItemIdKey, out var id) is true ? id?.ToString() : null,
            Summary = string.IsNullOrEmpty(reasoning.Text) ? [] : [new ReasoningText { Type = "summary_text", Text = reasoning.Text }],
            EncryptedContent = reasoning.ProtectedData,
        },
        TextContent { RawRepresentation: OutputTextPart part } => new MessageItem { Role = ResponseRole.Assistant, Content = [part] },
        TextContent text => ResponseItem.Assistant(text.Text),
        _ => null,
    };
}
