using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Oai.UnitTests.Telemetry;

/// <summary>The real OpenTelemetry SDK with in-memory exporters for traces and metrics, scoped to one test.</summary>
internal sealed class TelemetryCapture : IDisposable
{
    private readonly List<Activity> _activities = [];
    private readonly List<Metric> _metrics = [];
    private readonly TracerProvider _tracer;
    private readonly MeterProvider _meter;

    public TelemetryCapture(Sampler? sampler = null)
    {
        var tracer = Sdk.CreateTracerProviderBuilder().AddSource("Oai.Client").AddInMemoryExporter(_activities);
        if (sampler is not null)
        {
            tracer.SetSampler(sampler);
        }

        _tracer = tracer.Build()!;
        _meter = Sdk.CreateMeterProviderBuilder().AddMeter("Oai.Client").AddInMemoryExporter(_metrics).Build()!;
    }

    /// <summary>The exported spans of one model (each test uses its own model name to tell its spans apart).</summary>
    public IReadOnlyList<Activity> Spans(string model)
    {
        _tracer.ForceFlush();
        return _activities.Where(a => Equals(a.GetTagItem("gen_ai.request.model"), model)).ToList();
    }

    public Activity Span(string model)
    {
        var spans = Spans(model);
        return Assert.Single(spans);
    }

    /// <summary>The metric points of one instrument recorded for one model.</summary>
    public IReadOnlyList<MetricPoint> Points(string instrument, string model)
    {
        // Each flush exports every (cumulative) metric again: keep only the latest export.
        _metrics.Clear();
        _meter.ForceFlush();
        var points = new List<MetricPoint>();
        foreach (var metric in _metrics.Where(m => m.Name == instrument))
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                if (Tags(point).TryGetValue("gen_ai.request.model", out var value) && Equals(value, model))
                {
                    points.Add(point);
                }
            }
        }

        return points;
    }

    public Metric Instrument(string instrument)
    {
        _metrics.Clear();
        _meter.ForceFlush();
        return _metrics.Last(m => m.Name == instrument);
    }

    public static Dictionary<string, object?> Tags(MetricPoint point)
    {
        var tags = new Dictionary<string, object?>();
        foreach (var tag in point.Tags)
        {
            tags[tag.Key] = tag.Value;
        }

        return tags;
    }

    public static Dictionary<string, object?> Tags(Activity activity) =>
        activity.TagObjects.ToDictionary(t => t.Key, t => t.Value);

    public void Dispose()
    {
        _tracer.Dispose();
        _meter.Dispose();
    }
}
