using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Tracing;
using System.Linq;
using System.Threading;

namespace Oai.UnitTests.Robustness;

/// <summary>Listens to every span of the <c>Oai.Client</c> activity source and every event of the <c>Oai-Client</c>
/// event source while the robustness test runs, filed by the case they belong to.</summary>
/// <remarks>Each case runs under a root span of its own (<see cref="StartCase"/>), so the client's spans of a case are
/// those of the root's trace. Event source events are written on the caller's thread, so the case's async-local
/// context names them.</remarks>
internal sealed class TelemetryWatch : IDisposable
{
    public const string CaseSourceName = "Oai.Robustness.Cases";

    /// <summary>The BCL's per-request spans, emitted by the socket handler (not by a custom transport).</summary>
    private const string HttpSourceName = "System.Net.Http";

    private static readonly AsyncLocal<string?> s_currentCase = new();

    private readonly ActivitySource _caseSource = new(CaseSourceName);
    private readonly ActivityListener _listener;
    private readonly EventWatcher _events = new();
    private readonly ConcurrentDictionary<ActivityTraceId, ConcurrentQueue<Activity>> _spans = new();
    private readonly ConcurrentDictionary<ActivityTraceId, int> _httpAttempts = new();

    public TelemetryWatch()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "Oai.Client" or CaseSourceName or HttpSourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStarted = activity =>
            {
                if (activity.Source.Name == "Oai.Client")
                {
                    _spans.GetOrAdd(activity.TraceId, _ => new ConcurrentQueue<Activity>()).Enqueue(activity);
                }
                else if (activity.Source.Name == HttpSourceName)
                {
                    _httpAttempts.AddOrUpdate(activity.TraceId, 1, (_, n) => n + 1);
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>Gets the event source events written outside any case (other tests' calls).</summary>
    public IReadOnlyList<EventRecord> UnattributedEvents => _events.Records.Where(r => r.Case is null).ToList();

    /// <summary>Starts a case's root span and names the case for the event source; call at the top of the case's own
    /// async flow (the context does not leak out of it).</summary>
    public Activity StartCase(string caseId)
    {
        Activity.Current = null;
        s_currentCase.Value = caseId;
        return _caseSource.StartActivity($"robustness case {caseId}", ActivityKind.Internal)
            ?? throw new InvalidOperationException("The case span was not sampled.");
    }

    /// <summary>The client's spans under one case's root span.</summary>
    public IReadOnlyList<Activity> SpansOf(Activity root) =>
        _spans.TryGetValue(root.TraceId, out var spans) ? [.. spans] : [];

    /// <summary>How many HTTP requests the socket handler sent under one case's root span (0 over a custom transport).</summary>
    public int HttpAttemptsOf(Activity root) => _httpAttempts.TryGetValue(root.TraceId, out var attempts) ? attempts : 0;

    public IReadOnlyList<EventRecord> EventsOf(string caseId) => _events.Records.Where(r => r.Case == caseId).ToList();

    public void Dispose()
    {
        _listener.Dispose();
        _caseSource.Dispose();
        _events.Dispose();
    }

    /// <summary>One event from the <c>Oai-Client</c> event source.</summary>
    public sealed record EventRecord(string? Case, string Name, string? Message, IReadOnlyList<string> Payload);

    private sealed class EventWatcher : EventListener
    {
        private readonly ConcurrentQueue<EventRecord> _records = new();

        public IReadOnlyList<EventRecord> Records => [.. _records];

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "Oai-Client")
            {
                EnableEvents(eventSource, EventLevel.Verbose, EventKeywords.All);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData)
        {
            if (eventData.EventSource.Name != "Oai-Client")
            {
                return;
            }

            var payload = eventData.Payload?.Select(p => p?.ToString() ?? string.Empty).ToList() ?? [];
            _records.Enqueue(new EventRecord(s_currentCase.Value, eventData.EventName ?? eventData.EventId.ToString(System.Globalization.CultureInfo.InvariantCulture), eventData.Message, payload));
        }
    }
}
