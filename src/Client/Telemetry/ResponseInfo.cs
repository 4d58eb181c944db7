using System.Collections.Generic;
using System.Diagnostics;

namespace Oai.Telemetry;

/// <summary>What an operation's response told telemetry, filled by the endpoint's <see cref="OperationTelemetry{TRequest,TResult}"/>
/// from a whole response or folded chunk by chunk from a stream. Exists only while someone listens.</summary>
internal sealed class ResponseInfo
{
    private List<string?>? _finishReasons;

    public string? Id { get; set; }

    public string? Model { get; set; }

    public string? ServiceTier { get; set; }

    public string? SystemFingerprint { get; set; }

    public long? InputTokens { get; set; }

    public long? OutputTokens { get; set; }

    public long? CachedInputTokens { get; set; }

    public long? ReasoningTokens { get; set; }

    /// <summary>Gets the operation's own response attributes (file id, job status, embedding dimensions...).</summary>
    public TagList Extra;


    /// <summary>Gets the number of choices seen or expected.</summary>
    public int ChoiceCount => _finishReasons?.Count ?? 0;

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

        _finishReasons ??= [];
        while (_finishReasons.Count <= index)
        {
            _finishReasons.Add(null);
        }

        if (finishReason is not null)
        {
            _finishReasons[index] = finishReason;
        }
    }

    /// <summary>Masks the client's key, and anything key-like, in every string the server sent, and cuts each to a
    /// bounded length, before any of them reaches a span or a metric (a broken server must not mint unbounded tags).</summary>
    public void Redact(string apiKey)
    {
        Id = RedactOrNull(Id, apiKey);
        Model = RedactOrNull(Model, apiKey);
        ServiceTier = RedactOrNull(ServiceTier, apiKey);
        SystemFingerprint = RedactOrNull(SystemFingerprint, apiKey);
        if (_finishReasons is not null)
        {
            for (var i = 0; i < _finishReasons.Count; i++)
            {
                _finishReasons[i] = RedactOrNull(_finishReasons[i], apiKey);
            }
        }

        for (var i = 0; i < Extra.Count; i++)
        {
            if (Extra[i] is { Value: string text } tag)
            {
                Extra[i] = new(tag.Key, ApiKeyRedactor.Quote(text, apiKey));
            }
        }
    }

    /// <summary>The finish reasons in choice order; a choice that never finished reports <c>error</c>.</summary>
    public string[] FinishReasons()
    {
        if (_finishReasons is null)
        {
            return [];
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
