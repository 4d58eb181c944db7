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

    /// <param name="sampler">The sampler, or null for the SDK's default.</param>
    /// <param name="model">This test's own request model name, for the overloads that take none.</param>
    public TelemetryCapture(Sampler? sampler = null, string? model = null)
    {
        Model = model ?? string.Empty;
        var tracer = Sdk.CreateTracerProviderBuilder().AddSource("Oai.Client").AddInMemoryExporter(_activities);
        if (sampler is not null)
        {
            tracer.SetSampler(sampler);
        }

        _tracer = tracer.Build()!;
        _meter = Sdk.CreateMeterProviderBuilder().AddMeter("Oai.Client").AddInMemoryExporter(_metrics).Build()!;
    }

    /// <summary>Gets the request model name given at construction, which the overloads without one use.</summary>
    public string Model { get; }

    /// <summary>The exported spans of <see cref="Model"/>.</summary>
    public IReadOnlyList<Activity> Spans() => Spans(Model);

    /// <summary>The metric points of one instrument recorded for <see cref="Model"/>.</summary>
    public IReadOnlyList<MetricPoint> Points(string instrument) => Points(instrument, Model);

    /// <summary>Asserts a span's attributes exactly: the same names, and values equal with the same CLR type (arrays compared by element).</summary>
    public static void AssertTags(IReadOnlyDictionary<string, object?> expected, Activity span)
    {
        var actual = span.TagObjects.ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);
        Assert.True(
            expected.Keys.Order(StringComparer.Ordinal).SequenceEqual(actual.Keys.Order(StringComparer.Ordinal)),
            $"Expected attributes [{string.Join(", ", expected.Keys.Order(StringComparer.Ordinal))}] but the span has [{string.Join(", ", actual.Keys.Order(StringComparer.Ordinal))}].");
        foreach (var (name, value) in expected)
        {
            var got = actual[name];
            Assert.True(value?.GetType() == got?.GetType(), $"{name}: expected a {value?.GetType()} but got a {got?.GetType()} ({got}).");
            if (value is string[] array)
            {
                Assert.Equal(array, (string[])got!);
            }
            else if (name != "gen_ai.response.time_to_first_chunk")
            {
                Assert.True(Equals(value, got), $"{name}: expected {value} but got {got}.");
            }
        }
    }

    /// <summary>The exported spans of one model (each test uses its own model name to tell its spans apart).</summary>
    public IReadOnlyList<Activity> Spans(string model)
    {
        _tracer.ForceFlush();
        return _activities.Where(a => Equals(a.GetTagItem("gen_ai.request.model"), model)).ToList();
    }

    /// <summary>Every exported span, for operations without a model.</summary>
    public IReadOnlyList<Activity> AllSpans()
    {
        _tracer.ForceFlush();
        return _activities.ToList();
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
