using System;
using System.Collections.Generic;

namespace Oai.Chat;

/// <summary>Folds the chunks of a chat completion stream into the <see cref="ChatCompletion"/> they describe.</summary>
/// <remarks>
/// Not thread-safe: append from one thread at a time (the loop that reads the stream). Choices are kept by their
/// <c>index</c>, so a request with <c>n</c> &gt; 1 and interleaved chunks folds correctly.
/// </remarks>
/// <example><code>var acc = new ChatCompletionAccumulator(); await foreach (var c in stream) { acc.Append(c); } var done = acc.Build();</code></example>
public sealed class ChatCompletionAccumulator
{
    private readonly SortedDictionary<int, ChatChoiceState> _choices = [];
    private readonly StreamHeader _header = new();
    private ServiceTier? _serviceTier;
    private string? _text;
    private IReadOnlyList<FinishReason?>? _finishReasons;

    /// <summary>Gets the content of choice 0 so far; cached until the next <see cref="Append"/>.</summary>
    public string Text => _text ??= GetText(0);

    /// <summary>Gets the finish reason of each choice so far, in index order; null for a choice still running.</summary>
    public IReadOnlyList<FinishReason?> FinishReasons
    {
        get
        {
            if (_finishReasons is null)
            {
                var reasons = new List<FinishReason?>(_choices.Count);
                foreach (ChatChoiceState state in _choices.Values)
                {
                    reasons.Add(state.FinishReason);
                }

                _finishReasons = reasons;
            }

            return _finishReasons;
        }
    }

    /// <summary>Adds one chunk of the stream.</summary>
    /// <param name="chunk">The chunk, in the order the stream delivered it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="chunk"/> is null.</exception>
    public void Append(ChatCompletionChunk chunk)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        _text = null;
        _finishReasons = null;

        _header.Append(chunk.Id, chunk.Model, chunk.Created, chunk.SystemFingerprint, chunk.Usage);
        _serviceTier ??= chunk.ServiceTier;

        // Indexed, not foreach: no enumerator per chunk.
        var choices = chunk.Choices;
        for (var i = 0; i < choices.Count; i++)
        {
            var choice = choices[i];
            if (!_choices.TryGetValue(choice.Index, out ChatChoiceState? state))
            {
                state = new ChatChoiceState(choice.Index);
                _choices.Add(choice.Index, state);
            }

            state.Append(choice);
        }
    }

    /// <summary>Gets the content of one choice so far.</summary>
    /// <param name="choiceIndex">The <c>index</c> of the choice.</param>
    /// <returns>The content so far, or empty when the choice has none yet.</returns>
    public string GetText(int choiceIndex)
    {
        return _choices.TryGetValue(choiceIndex, out ChatChoiceState? state) ? state.ContentText : string.Empty;
    }

    /// <summary>Builds the completion from everything appended so far; can be called again after more chunks.</summary>
    /// <returns>A completion with <c>object</c> set to <c>chat.completion</c> and one choice per index seen.</returns>
    public ChatCompletion Build()
    {
        var choices = new List<ChatChoice>(_choices.Count);
        foreach (ChatChoiceState state in _choices.Values)
        {
            choices.Add(state.Build());
        }

        return new ChatCompletion
        {
            Id = _header.Id,
            Object = ObjectKind.ChatCompletion,
            Created = _header.Created,
            Model = _header.Model,
            Choices = choices,
            Usage = _header.Usage,
            ServiceTier = _serviceTier,
            SystemFingerprint = _header.SystemFingerprint,
        };
    }
}
