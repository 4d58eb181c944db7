using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace Oai.IntegrationTests.Telemetry;

/// <summary>The real OpenTelemetry SDK exporting the client's spans to memory, filtered to one test's calls by a model
/// name no other test uses.</summary>
/// <remarks>The in-memory exporter receives a span when it ends: a span listed here has ended.</remarks>
public sealed class SpanCapture : IDisposable
{
    private readonly ExportedSpans _exported = new();
    private readonly TracerProvider _provider;

    private SpanCapture(string model)
    {
        Model = model;
        _provider = Sdk.CreateTracerProviderBuilder().AddSource("Oai.Client").AddInMemoryExporter(_exported).Build();
    }

    /// <summary>Gets the model name the test's requests must use, so its spans can be told apart.</summary>
    public string Model { get; }

    public static SpanCapture Start([CallerMemberName] string test = "") =>
        new($"{test}-{Guid.NewGuid():N}");

    /// <summary>Gets the ended spans of this test's calls.</summary>
    public IReadOnlyList<Activity> Spans
    {
        get
        {
            _provider.ForceFlush();
            return _exported.Snapshot().Where(a => Equals(a.GetTagItem("gen_ai.request.model"), Model)).ToList();
        }
    }

    /// <summary>Asserts one ended span, successful, and returns it.</summary>
    public Activity AssertOk()
    {
        var span = Assert.Single(Spans);
        Assert.True(span.Status == ActivityStatusCode.Unset, $"expected a successful span, got {span.Status} ({span.StatusDescription})");
        Assert.Null(span.GetTagItem("error.type"));
        return span;
    }

    /// <summary>Asserts one ended span with error status and the given <c>error.type</c>, and returns it.</summary>
    public Activity AssertError(string errorType)
    {
        var span = Assert.Single(Spans);
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal(errorType, span.GetTagItem("error.type"));
        return span;
    }

    public void Dispose() => _provider.Dispose();

    /// <summary>The exporter's list, safe to read while other tests' calls (running in parallel) still add to it.</summary>
    private sealed class ExportedSpans : Collection<Activity>
    {
        private readonly Lock _lock = new();

        public Activity[] Snapshot()
        {
            lock (_lock)
            {
                return [.. this];
            }
        }

        protected override void InsertItem(int index, Activity item)
        {
            lock (_lock)
            {
                base.InsertItem(index, item);
            }
        }
    }
}
