using System;
using System.Collections.Generic;

namespace Oai.Telemetry;

/// <summary>What an operation's response told telemetry, filled by the endpoint's <see cref="OperationTelemetry{TRequest,TResult}"/>
/// from a whole response or folded chunk by chunk from a stream. Exists only while someone listens.</summary>
internal sealed class ResponseInfo
{
    // One choice is the common case: its reason is held inline, the list only exists for a second choice.
    private int _choiceCount;
    private string? _firstFinishReason;
    private List<string?>? _finishReasons;
    private List<KeyValuePair<string, object?>>? _extra;

    public string? Id { get; set; }

    public string? Model { get; set; }

    public string? ServiceTier { get; set; }

    public string? SystemFingerprint { get; set; }

    public long? InputTokens { get; set; }

    public long? OutputTokens { get; set; }

    public long? CachedInputTokens { get; set; }

    public long? ReasoningTokens { get; set; }

    /// <summary>Gets the number of choices seen or expected.</summary>
    public int ChoiceCount => _choiceCount;

    /// <summary>Gets the operation's own response attributes (file id, job status, embedding dimensions...), in the
    /// order they were added; empty for most calls, so nothing is allocated until one is added.</summary>
    public IReadOnlyList<KeyValuePair<string, object?>> Extra => (IReadOnlyList<KeyValuePair<string, object?>>?)_extra ?? [];

    /// <summary>Adds one of the operation's own response attributes.</summary>
    public void AddExtra(string name, object? value) => (_extra ??= []).Add(new(name, value));

    /// <summary>Takes a response's id, model, tier and fingerprint. For a stream the first non-empty value of each wins,
    /// the rule the accumulators fold by (the usage-only chunk repeats them), so a span and a folded completion agree.</summary>
    public void ObserveHeader(string id, string model, string? serviceTier, string? systemFingerprint)
    {
        if (string.IsNullOrEmpty(Id) && id.Length > 0)
        {
            Id = id;
        }

        if (string.IsNullOrEmpty(Model) && model.Length > 0)
        {
            Model = model;
        }

        ServiceTier ??= serviceTier;
        SystemFingerprint ??= systemFingerprint;
    }

    /// <summary>Takes the token counts a response reported; counts it did not report keep what was seen before.</summary>
    public void ObserveUsage(CompletionUsage? usage)
    {
        if (usage is null)
        {
            return;
        }

        InputTokens = usage.ReportedPromptTokens ?? InputTokens;
        OutputTokens = usage.ReportedCompletionTokens ?? OutputTokens;
        CachedInputTokens = usage.PromptTokensDetails?.ReportedCachedTokens ?? CachedInputTokens;
        ReasoningTokens = usage.CompletionTokensDetails?.ReportedReasoningTokens ?? ReasoningTokens;
    }

    /// <summary>Records that choice <paramref name="index"/> exists, with its finish reason if it has one yet.</summary>
    public void SetChoice(int index, string? finishReason)
    {
        if (index is < 0 or > 1024)
        {
            return;
        }

        if (index == 0 && _finishReasons is null)
        {
            _choiceCount = Math.Max(_choiceCount, 1);
            _firstFinishReason = finishReason ?? _firstFinishReason;
            return;
        }

        if (_finishReasons is null)
        {
            _finishReasons = new(index + 1);
            if (_choiceCount > 0)
            {
                _finishReasons.Add(_firstFinishReason);
            }
        }

        while (_finishReasons.Count <= index)
        {
            _finishReasons.Add(null);
        }

        if (finishReason is not null)
        {
            _finishReasons[index] = finishReason;
        }

        _choiceCount = _finishReasons.Count;
    }

    /// <summary>Masks the client's key, and anything key-like, in every string the server sent, and cuts each to a
    /// bounded length, before any of them reaches a span or a metric (a broken server must not mint unbounded tags).</summary>
    public void Redact(string apiKey)
    {
        Id = RedactOrNull(Id, apiKey);
        Model = RedactOrNull(Model, apiKey);
        ServiceTier = RedactOrNull(ServiceTier, apiKey);
        SystemFingerprint = RedactOrNull(SystemFingerprint, apiKey);
        _firstFinishReason = RedactOrNull(_firstFinishReason, apiKey);
        if (_finishReasons is not null)
        {
            for (var i = 0; i < _finishReasons.Count; i++)
            {
                _finishReasons[i] = RedactOrNull(_finishReasons[i], apiKey);
            }
        }

        if (_extra is not null)
        {
            for (var i = 0; i < _extra.Count; i++)
            {
                if (_extra[i] is { Value: string text } tag)
                {
                    _extra[i] = new(tag.Key, ApiKeyRedactor.Quote(text, apiKey));
                }
            }
        }
    }

    /// <summary>The finish reasons in choice order; a choice that never finished reports <c>error</c>.</summary>
    public string[] FinishReasons()
    {
        if (_finishReasons is null)
        {
            return _choiceCount == 0 ? [] : [_firstFinishReason ?? GenAi.FinishReasonError];
        }

        var reasons = new string[_finishReasons.Count];
        for (var i = 0; i < reasons.Length; i++)
        {
            reasons[i] = _finishReasons[i] ?? GenAi.FinishReasonError;
        }

        return reasons;
    }

    private static string? RedactOrNull(string? text, string apiKey) => text is null ? null : ApiKeyRedactor.Quote(text, apiKey);
}
