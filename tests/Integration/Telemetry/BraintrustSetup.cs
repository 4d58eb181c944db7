using System;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Trace;

namespace Oai.IntegrationTests.Telemetry;

/// <summary>The Braintrust setup docs/braintrust.md quotes, compiled here and run against a local OTLP receiver by
/// <see cref="BraintrustExportTests"/>.</summary>
public static class BraintrustSetup
{
    // docs:begin helper
    /// <summary>Exports the client's spans to Braintrust over OTLP/HTTP (any OTLP backend: change the URL and headers).</summary>
    /// <param name="tracing">The tracer provider being built.</param>
    /// <param name="apiKey">The Braintrust API key (sent only in the exporter's Authorization header).</param>
    /// <param name="parent">Where spans go: <c>project_name:my-project</c>, <c>project_id:...</c> or <c>experiment_id:...</c>.</param>
    /// <param name="apiUrl">The Braintrust API base URL (a self-hosted data plane has its own).</param>
    public static TracerProviderBuilder AddBraintrust(
        this TracerProviderBuilder tracing, string apiKey, string parent, string apiUrl = "https://api.braintrust.dev")
    {
        return tracing
            .AddSource("Oai.Client")
            .AddOtlpExporter(otlp =>
            {
                otlp.Protocol = OtlpExportProtocol.HttpProtobuf;
                otlp.Endpoint = new Uri(apiUrl.TrimEnd('/') + "/otel/v1/traces");
                otlp.Headers = $"Authorization=Bearer {apiKey},x-bt-parent={parent}";
            });
    }
    // docs:end

    /// <summary>The program start docs/braintrust.md shows; it exports only when <c>BRAINTRUST_API_KEY</c> is set.</summary>
    public static OaiClient Start(out TracerProvider? tracing)
    {
        // docs:begin usage
        tracing = Environment.GetEnvironmentVariable("BRAINTRUST_API_KEY") is { Length: > 0 } braintrustKey
            ? Sdk.CreateTracerProviderBuilder()
                .AddBraintrust(
                    braintrustKey,
                    Environment.GetEnvironmentVariable("BRAINTRUST_PARENT") ?? "project_name:my-project",
                    Environment.GetEnvironmentVariable("BRAINTRUST_API_URL") ?? "https://api.braintrust.dev")
                .Build()
            : null;

        // Braintrust reads input and output from span attributes (not from log records): capture to the span.
        var client = new OaiClient(new OaiClientOptions { ContentCapture = ContentCaptureMode.SpanAttributes });
        // docs:end
        return client;
    }
}
