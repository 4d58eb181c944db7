using System;
using System.Collections.Generic;
using System.Diagnostics;

namespace Oai.IntegrationTests.ExtensionsAI;

/// <summary>Records the client's spans that match a filter (a test's own model name or emulator port) until disposed.</summary>
internal sealed class SpanRecorder : IDisposable
{
    private readonly List<Activity> _spans = [];
    private readonly ActivityListener _listener;

    public SpanRecorder(Func<Activity, bool> mine)
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Oai.Client",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (mine(activity))
                {
                    lock (_spans)
                    {
                        _spans.Add(activity);
                    }
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>Records the spans of calls to this model.</summary>
    public static SpanRecorder ForModel(string model) => new(activity => Equals(activity.GetTagItem("gen_ai.request.model"), model));

    /// <summary>Records the spans of calls to this port (one emulator's).</summary>
    public static SpanRecorder ForPort(int port) => new(activity => Equals(activity.GetTagItem("server.port"), port));

    public IReadOnlyList<Activity> Spans
    {
        get
        {
            lock (_spans)
            {
                return [.. _spans];
            }
        }
    }

    public void Dispose() => _listener.Dispose();
}
