using System.Diagnostics;

namespace Oai.Telemetry;

internal sealed partial class OperationScope<TRequest, TResult>
{
    private void WriteResponseTags(Activity activity)
    {
        var info = Info;
        SetIfPresent(activity, GenAi.ResponseId, info.Id);
        SetIfPresent(activity, GenAi.ResponseModel, info.Model);
        if (info.ChoiceCount > 0)
        {
            Set(activity, GenAi.ResponseFinishReasons, info.FinishReasons());
        }

        SetIfPresent(activity, GenAi.UsageInputTokens, info.InputTokens);
        SetIfPresent(activity, GenAi.UsageOutputTokens, info.OutputTokens);
        SetIfPresent(activity, GenAi.UsageCacheReadInputTokens, info.CachedInputTokens);
        SetIfPresent(activity, GenAi.UsageReasoningOutputTokens, info.ReasoningTokens);
        SetIfPresent(activity, GenAi.OpenAiResponseServiceTier, info.ServiceTier);
        SetIfPresent(activity, GenAi.OpenAiResponseSystemFingerprint, info.SystemFingerprint);

        if (_firstChunkTimestamp != 0)
        {
            Set(activity, GenAi.ResponseTimeToFirstChunk, Stopwatch.GetElapsedTime(_startTimestamp, _firstChunkTimestamp).TotalSeconds);
        }

        // SetTag: an operation's own attributes may repeat a start tag (fine-tuning and batches report the model).
        for (var i = 0; i < info.Extra.Count; i++)
        {
            var tag = info.Extra[i];
            if (OaiTelemetry.Allowed(Endpoint, tag.Key))
            {
                activity.SetTag(tag.Key, tag.Value);
            }
        }
    }

    private void RecordMetrics(double duration)
    {
        // With a tracer but no meter listening (or a meter provider without a reader), no instrument is enabled:
        // then the tags are not even built.
        if (!OaiTelemetry.MetricsEnabled)
        {
            return;
        }

        var tags = OaiTelemetry.MetricTags(this);
        OaiTelemetry.OperationDuration.Record(duration, tags);
        RecordTokens(Info.InputTokens, "input", tags);
        RecordTokens(Info.OutputTokens, "output", tags);
        if (_firstChunkTimestamp != 0)
        {
            OaiTelemetry.TimeToFirstChunk.Record(Stopwatch.GetElapsedTime(_startTimestamp, _firstChunkTimestamp).TotalSeconds, tags);
        }

        if (_chunkGaps is not null)
        {
            foreach (var gap in _chunkGaps)
            {
                OaiTelemetry.TimePerOutputChunk.Record(gap, tags);
            }
        }
    }

    private static void RecordTokens(long? count, string type, TagList tags)
    {
        if (count is { } value)
        {
            // The error type never applies to token counts: they were reported, so they were spent.
            var withType = tags;
            withType.Add(GenAi.TokenType, type);
            OaiTelemetry.TokenUsage.Record(value, withType);
        }
    }

    private void Record(string name, string json)
    {
        // A mask holds no character JSON escapes, so the captured value stays valid JSON.
        json = ApiKeyRedactor.Redact(json, _apiKey);
        if (_spanContent)
        {
            Activity?.SetTag(name, json);
        }

        AddToContentEvent(name, json);
    }

    /// <summary>Tool definitions follow their own opt-in: on the span whenever it is recorded, and on the content event.</summary>
    private void RecordToolDefinitions(string json)
    {
        json = ApiKeyRedactor.Redact(json, _apiKey);
        if (Activity is { IsAllDataRequested: true } activity)
        {
            activity.SetTag(GenAi.ToolDefinitions, json);
        }

        AddToContentEvent(GenAi.ToolDefinitions, json);
    }

    private void AddToContentEvent(string name, string json)
    {
        if (_contentEvent == ContentEvent.Log)
        {
            (_eventContent ??= []).Add(new(name, json));
        }
        else if (_contentEvent == ContentEvent.SpanEvent)
        {
            // Without a logger factory the event stays a span event, as before logger support (deprecated).
            Activity?.AddEvent(new ActivityEvent(GenAi.ContentEventName, tags: new ActivityTagsCollection { { name, json } }));
        }
    }

    private void SetIfPresent(Activity activity, string name, string? value)
    {
        if (value is not null && OaiTelemetry.Allowed(Endpoint, name))
        {
            Set(activity, name, value);
        }
    }

    private void SetIfPresent(Activity activity, string name, long? value)
    {
        if (value is { } number)
        {
            Set(activity, name, TagValues.Box(number));
        }
    }

    /// <summary>Sets a response attribute. None of them is among the start tags the library itself sets, so it is
    /// appended (<see cref="Activity.SetTag"/> walks the span's tag list to find one to replace); only when the caller
    /// added span attributes of their own, which may name anything, is it set with replacement.</summary>
    private void Set(Activity activity, string name, object value)
    {
        if (_callerAttributes)
        {
            activity.SetTag(name, value);
        }
        else
        {
            activity.AddTag(name, value);
        }
    }
}
