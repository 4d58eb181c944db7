using System;
using System.Collections.Generic;

namespace Oai.Completions;

/// <summary>Folds the chunks of a legacy completion stream into the <see cref="Completion"/> they describe.</summary>
/// <remarks>
/// Not thread-safe: append from one thread at a time (the loop that reads the stream). Choices are kept by their
/// <c>index</c>, so several prompts, <c>n</c> &gt; 1 and interleaved chunks fold correctly; text and log
/// probabilities are joined in arrival order.
/// </remarks>
/// <example><code>var acc = new CompletionAccumulator(); await foreach (var c in stream) { acc.Append(c); } var done = acc.Build();</code></example>
public sealed class CompletionAccumulator
{
    private readonly SortedDictionary<int, CompletionChoiceState> _choices = [];
    private readonly StreamHeader _header = new();
    private string? _text;

    /// <summary>Gets the text of choice 0 so far; cached until the next <see cref="Append"/>.</summary>
    public string Text => _text ??= GetText(0);

    /// <summary>Gets the finish reason of each choice so far, in index order; null for a choice still running.</summary>
    public IReadOnlyList<FinishReason?> FinishReasons
    {
        get
        {
            var reasons = new List<FinishReason?>(_choices.Count);
            foreach (CompletionChoiceState state in _choices.Values)
            {
                reasons.Add(state.FinishReason);
            }

            return reasons;
        }
    }

    /// <summary>Adds one chunk of the stream.</summary>
    /// <param name="chunk">The chunk, in the order the stream delivered it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="chunk"/> is null.</exception>
    public void Append(Completion chunk)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        _text = null;

        _header.Append(chunk.Id, chunk.Model, chunk.Created, chunk.SystemFingerprint, chunk.Usage);
        foreach (CompletionChoice choice in chunk.Choices)
        {
            if (!_choices.TryGetValue(choice.Index, out CompletionChoiceState? state))
            {
                state = new CompletionChoiceState(choice.Index);
                _choices.Add(choice.Index, state);
            }

            state.Append(choice);
        }
    }

    /// <summary>Gets the text of one choice so far.</summary>
    /// <param name="choiceIndex">The <c>index</c> of the choice.</param>
    /// <returns>The text so far, or empty when the choice has none yet.</returns>
    public string GetText(int choiceIndex)
    {
        return _choices.TryGetValue(choiceIndex, out CompletionChoiceState? state) ? state.Text : string.Empty;
    }

    /// <summary>Builds the completion from everything appended so far; can be called again after more chunks.</summary>
    /// <returns>A completion with <c>object</c> set to <c>text_completion</c> and one choice per index seen.</returns>
    public Completion Build()
    {
        var choices = new List<CompletionChoice>(_choices.Count);
        foreach (CompletionChoiceState state in _choices.Values)
        {
            choices.Add(state.Build());
        }

        return new Completion
        {
            Id = _header.Id,
            Object = ObjectKind.TextCompletion,
            Created = _header.Created,
            Model = _header.Model,
            Choices = choices,
            Usage = _header.Usage,
            SystemFingerprint = _header.SystemFingerprint,
        };
    }
}
