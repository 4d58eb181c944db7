using System;
using System.Net.Http;
using Oai.Pipeline;
using Oai.Telemetry;
using Oai.UnitTests.Pipeline;

namespace Oai.UnitTests.Telemetry;

/// <summary>With nobody listening, the pipeline does no telemetry work at all.</summary>
[Collection("Telemetry")]
public sealed class NoListenerTests
{
    [Fact]
    public void No_listener_means_no_scope_and_no_call_into_the_endpoint_mapping()
    {
        // Telemetry tests run one at a time and dispose their providers: nothing listens now.
        Assert.False(OaiTelemetry.Enabled, "no listener should be attached between telemetry tests");
        var calls = 0;
        var telemetry = new OperationTelemetry<string, ApiErrorResponse>
        {
            RequestModel = request =>
            {
                calls++;
                return request;
            },
        };
        var operation = new JsonOperation<string, ApiErrorResponse>
        {
            Name = "probe",
            Method = HttpMethod.Get,
            Path = static _ => "probe",
            ResultType = RecordsJsonContext.Default.ApiErrorResponse,
            Telemetry = telemetry,
        };
        var settings = ClientSettings.From(new OaiClientOptions { ApiKey = TestClients.ApiKey });

        var scope = OperationScope<string, ApiErrorResponse>.Start(operation, "model", null, settings, stream: true);

        Assert.Null(scope);
        Assert.Equal(0, calls);
    }

    [Fact]
    public void A_listener_gets_a_scope()
    {
        using var capture = new TelemetryCapture();
        var operation = new JsonOperation<string, ApiErrorResponse>
        {
            Name = "probe",
            Method = HttpMethod.Get,
            Path = static _ => "probe",
            ResultType = RecordsJsonContext.Default.ApiErrorResponse,
        };
        var settings = ClientSettings.From(new OaiClientOptions { ApiKey = TestClients.ApiKey });

        var scope = OperationScope<string, ApiErrorResponse>.Start(operation, "model", null, settings, stream: false);

        Assert.NotNull(scope);
        scope!.End(error: null, completed: true, cancelled: false);
        scope.End(new InvalidOperationException("second end is ignored"), completed: false, cancelled: false);
        Assert.Null(scope.ErrorType);
    }
}
