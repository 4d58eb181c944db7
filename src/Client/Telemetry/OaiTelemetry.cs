using System;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Oai.Pipeline;

namespace Oai.Telemetry;

/// <summary>The library's one <see cref="ActivitySource"/> and one <see cref="Meter"/>, both named <c>Oai.Client</c>,
/// and the GenAI instruments with their advisory bucket boundaries.</summary>
internal static class OaiTelemetry
{
    public const string Name = "Oai.Client";

    public static readonly ActivitySource Source = new(new ActivitySourceOptions(Name)
    {
        Version = ClientSettings.LibraryVersion,
        TelemetrySchemaUrl = GenAi.SchemaUrl,
    });

    public static readonly Meter Meter = new(new MeterOptions(Name)
    {
        Version = ClientSettings.LibraryVersion,
        TelemetrySchemaUrl = GenAi.SchemaUrl,
    });

    private static readonly double[] s_secondsBuckets =
        [0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92];

    private static readonly long[] s_tokenBuckets =
        [1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216, 67108864];

    public static readonly Histogram<double> OperationDuration = Meter.CreateHistogram(
        GenAi.OperationDurationMetric, "s", "GenAI operation duration.", tags: null, Seconds());

    public static readonly Histogram<long> TokenUsage = Meter.CreateHistogram(
        GenAi.TokenUsageMetric, "{token}", "Number of input and output tokens used.", tags: null,
        new InstrumentAdvice<long> { HistogramBucketBoundaries = s_tokenBuckets });

    public static readonly Histogram<double> TimeToFirstChunk = Meter.CreateHistogram(
        GenAi.TimeToFirstChunkMetric, "s", "Time from the start of a streamed call to its first chunk.", tags: null, Seconds());

    public static readonly Histogram<double> TimePerOutputChunk = Meter.CreateHistogram(
        GenAi.TimePerOutputChunkMetric, "s", "Time between consecutive chunks of a streamed call, after the first.", tags: null, Seconds());

    /// <summary>Gets whether anyone listens at all; when not, the pipeline does no telemetry work.</summary>
    public static bool Enabled => Source.HasListeners() || MetricsEnabled;

    /// <summary>Gets whether any instrument has a listener.</summary>
    public static bool MetricsEnabled =>
        OperationDuration.Enabled || TokenUsage.Enabled || TimeToFirstChunk.Enabled || TimePerOutputChunk.Enabled;

    /// <summary>The one place the <c>openai.*</c> gate is decided: those attributes are recorded only for OpenAI itself
    /// (an OpenAI-compatible server or Azure gets the GenAI conventions' names only).</summary>
    public static bool Allowed(ServiceEndpoint endpoint, string attribute) =>
        endpoint.IsOpenAi || !attribute.StartsWith("openai.", StringComparison.Ordinal);

    private static InstrumentAdvice<double> Seconds() => new() { HistogramBucketBoundaries = s_secondsBuckets };

    /// <summary>The tags shared by every measurement of one call.</summary>
    public static TagList MetricTags<TRequest, TResult>(OperationScope<TRequest, TResult> scope)
    {
        var tags = new TagList
        {
            { GenAi.OperationName, scope.OperationName },
            { GenAi.ProviderName, scope.Endpoint.Provider },
            { GenAi.ServerAddress, scope.Endpoint.Address },
            { GenAi.ServerPort, scope.Endpoint.PortTag },
        };
        if (scope.RequestModel is { } model)
        {
            tags.Add(GenAi.RequestModel, model);
        }

        if (scope.Info.Model is { } responseModel)
        {
            tags.Add(GenAi.ResponseModel, responseModel);
        }

        if (scope.Info.ServiceTier is { } tier && Allowed(scope.Endpoint, GenAi.OpenAiResponseServiceTier))
        {
            tags.Add(GenAi.OpenAiResponseServiceTier, tier);
        }

        if (scope.ErrorType is { } errorType)
        {
            tags.Add(GenAi.ErrorType, errorType);
        }

        return tags;
    }
}
