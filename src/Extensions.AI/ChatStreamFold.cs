using System;
using Microsoft.Extensions.AI;
using Oai.Chat;
using AIChatRole = Microsoft.Extensions.AI.ChatRole;

namespace Oai.Extensions.AI;

/// <summary>Turns stream chunks into <see cref="ChatResponseUpdate"/>s: text and usage as they come, and the function
/// calls, whose arguments arrive in pieces, as one last update once the stream has ended (folded by the records'
/// own <see cref="ChatCompletionAccumulator"/>).</summary>
internal sealed class ChatStreamFold
{
    private readonly ChatCompletionAccumulator _accumulator = new();
    private string? _id;
    private string? _model;
    private DateTimeOffset? _created;
    private ChatFinishReason? _finish;

    public ChatResponseUpdate Update(ChatCompletionChunk chunk)
    {
        _accumulator.Append(chunk);
        _id ??= chunk.Id;
        _model ??= chunk.Model;
        _created ??= DateTimeOffset.FromUnixTimeSeconds(chunk.Created);
        var update = Start();
        update.RawRepresentation = chunk;
        if (chunk.Choices is [var choice, ..])
        {
            _finish ??= ChatMapping.ToFinishReason(choice.FinishReason);
            update.FinishReason = _finish;
            if (choice.Delta.Content is { Length: > 0 } text)
            {
                update.Contents.Add(new TextContent(text));
            }
        }

        if (chunk.Usage is { } usage)
        {
            update.Contents.Add(new UsageContent(ChatMapping.ToUsage(usage)) { RawRepresentation = usage });
        }

        return update;
    }

    /// <summary>The update holding the streamed function calls (and a refusal), or null when there were none.</summary>
    public ChatResponseUpdate? Complete()
    {
        if (_id is null || _accumulator.Build() is not { Choices: [var choice, ..] })
        {
            return null;
        }

        var update = Start();
        update.FinishReason = _finish;
        foreach (var call in choice.Message.ToolCalls)
        {
            if (call.TryGetFunction(out var function) && function.Function.Name.Length > 0)
            {
                update.Contents.Add(AIMapping.FunctionCall(function.Id, function.Function.Name, function.Function.Arguments));
            }
        }

        if (choice.Message.TryGetRefusal(out var refusal))
        {
            update.Contents.Add(new ErrorContent(refusal) { ErrorCode = "Refusal" });
        }

        return update.Contents.Count == 0 ? null : update;
    }

    private ChatResponseUpdate Start() => new()
    {
        ResponseId = _id,
        MessageId = _id,
        ModelId = _model,
        CreatedAt = _created,
        Role = AIChatRole.Assistant,
    };
}
