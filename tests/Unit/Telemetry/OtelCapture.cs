using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Oai.UnitTests.Telemetry;

/// <summary>The real OpenTelemetry SDK listening to <c>Oai.Client</c>, exporting in memory; what one test produced is
/// picked out by its own request model name, since the source is global.</summary>
internal sealed class OtelCapture : IDisposable
{
    private readonly List<Activity> _spans = [];
    private readonly List<MetricSnapshot> _metrics = [];
    private readonly TracerProvider _tracer;
    private readonly MeterProvider _meter;

    public OtelCapture(string model)
    {
        Model = model;
        _tracer = Sdk.CreateTracerProviderBuilder().AddSource("Oai.Client").AddInMemoryExporter(_spans).Build()!;
        _meter = Sdk.CreateMeterProviderBuilder().AddMeter("Oai.Client").AddInMemoryExporter(_metrics).Build()!;
    }

    /// <summary>Gets a request model name unique to the test.</summary>
    public string Model { get; }

    /// <summary>Flushes and returns the ended spans whose request model is this test's.</summary>
    public IReadOnlyList<Activity> Spans()
    {
        _tracer.ForceFlush();
        return _spans.Where(s => Equals(s.GetTagItem("gen_ai.request.model"), Model)).ToList();
    }

    /// <summary>Flushes and returns the histogram points of one instrument whose request model is this test's.</summary>
    public IReadOnlyList<MetricPoint> Points(string instrument)
    {
        _meter.ForceFlush();
        var points = new List<MetricPoint>();
        // Cumulative: every export repeats the points so far, so the last snapshot holds them all.
        foreach (var metric in _metrics.Where(m => m.Name == instrument).TakeLast(1))
        {
            foreach (var point in metric.MetricPoints)
            {
                if (Tags(point).TryGetValue("gen_ai.request.model", out var model) && Equals(model, Model))
                {
                    points.Add(point);
                }
            }
        }

        return points;
    }

    public static Dictionary<string, object?> Tags(MetricPoint point)
    {
        var tags = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var tag in point.Tags)
        {
            tags[tag.Key] = tag.Value;
        }

        return tags;
    }

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

    public void Dispose()
    {
        _tracer.Dispose();
        _meter.Dispose();
    }
}
