using System.Collections.Generic;
using System.Text;

namespace Oai.Completions;

/// <summary>What <see cref="CompletionAccumulator"/> has gathered so far for one choice index.</summary>
internal sealed class CompletionChoiceState
{
    private readonly StringBuilder _text = new();
    private List<string>? _tokens;
    private List<double?>? _tokenLogprobs;
    private List<IReadOnlyDictionary<string, double>?>? _topLogprobs;
    private List<int>? _textOffset;

    public CompletionChoiceState(int index)
    {
        Index = index;
    }

    public int Index { get; }

    public FinishReason? FinishReason { get; private set; }

    public string Text => _text.ToString();

    public void Append(CompletionChoice choice)
    {
        _text.Append(choice.Text);
        if (choice.Logprobs is { } logprobs)
        {
            (_tokens ??= []).AddRange(logprobs.Tokens);
            (_tokenLogprobs ??= []).AddRange(logprobs.TokenLogprobs);
            (_topLogprobs ??= []).AddRange(logprobs.TopLogprobs);
            (_textOffset ??= []).AddRange(logprobs.TextOffset);
        }

        if (choice.FinishReason is not null)
        {
            FinishReason = choice.FinishReason;
        }
    }

    public CompletionChoice Build()
    {
        return new CompletionChoice
        {
            Index = Index,
            Text = _text.ToString(),
            Logprobs = _tokens is null
                ? null
                : new CompletionLogprobs
                {
                    Tokens = [.. _tokens],
                    TokenLogprobs = [.. _tokenLogprobs!],
                    TopLogprobs = [.. _topLogprobs!],
                    TextOffset = [.. _textOffset!],
                },
            FinishReason = FinishReason,
        };
    }
}
