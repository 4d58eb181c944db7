using System.Collections.Generic;
using System.Text;

namespace Oai.Chat;

/// <summary>What <see cref="ChatCompletionAccumulator"/> has gathered so far for one choice index.</summary>
internal sealed class ChatChoiceState
{
    private readonly SortedDictionary<int, ChatToolCallState> _toolCalls = [];
    private List<ChatTokenLogprob>? _contentLogprobs;
    private List<ChatTokenLogprob>? _refusalLogprobs;
    private StringBuilder? _content;
    private StringBuilder? _refusal;
    private StringBuilder? _functionName;
    private StringBuilder? _functionArguments;
    private ChatRole? _role;

    public ChatChoiceState(int index)
    {
        Index = index;
    }

    public int Index { get; }

    public FinishReason? FinishReason { get; private set; }

    /// <summary>Gets the content so far, or empty; cheap enough for the accumulator's cached <c>Text</c>.</summary>
    public string ContentText => _content?.ToString() ?? string.Empty;

    public void Append(ChatChunkChoice choice)
    {
        ChatDelta delta = choice.Delta;
        _role ??= delta.Role;
        if (delta.Content is not null)
        {
            (_content ??= new StringBuilder()).Append(delta.Content);
        }

        if (delta.Refusal is not null)
        {
            (_refusal ??= new StringBuilder()).Append(delta.Refusal);
        }

        // Indexed, not foreach: no enumerator per fragment chunk.
        var fragments = delta.ToolCalls;
        for (var i = 0; i < fragments.Count; i++)
        {
            var fragment = fragments[i];
            if (!_toolCalls.TryGetValue(fragment.Index, out ChatToolCallState? state))
            {
                state = new ChatToolCallState();
                _toolCalls.Add(fragment.Index, state);
            }

            state.Append(fragment);
        }

        if (delta.FunctionCall is { } functionCall)
        {
            _functionName ??= new StringBuilder();
            _functionArguments ??= new StringBuilder();
            _functionName.Append(functionCall.Name);
            _functionArguments.Append(functionCall.Arguments);
        }

        if (choice.Logprobs is { } logprobs)
        {
            (_contentLogprobs ??= []).AddRange(logprobs.Content);
            (_refusalLogprobs ??= []).AddRange(logprobs.Refusal);
        }

        if (choice.FinishReason is not null)
        {
            FinishReason = choice.FinishReason;
        }
    }

    public ChatChoice Build()
    {
        var toolCalls = new List<ChatToolCall>(_toolCalls.Count);
        foreach (ChatToolCallState state in _toolCalls.Values)
        {
            toolCalls.Add(state.Build());
        }

        return new ChatChoice
        {
            Index = Index,
            Message = new ChatCompletionMessage
            {
                Role = _role ?? ChatRole.Assistant,
                Content = _content?.ToString(),
                Refusal = _refusal?.ToString(),
                ToolCalls = toolCalls,
                FunctionCall = _functionName is null
                    ? null
                    : new ChatFunctionCall { Name = _functionName.ToString(), Arguments = _functionArguments!.ToString() },
            },
            Logprobs = _contentLogprobs is null
                ? null
                : new ChatChoiceLogprobs { Content = [.. _contentLogprobs], Refusal = [.. _refusalLogprobs!] },
            FinishReason = FinishReason,
        };
    }
}
