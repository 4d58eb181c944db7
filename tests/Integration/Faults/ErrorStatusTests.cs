using System;
using System.Net;
using System.Threading.Tasks;
using Oai.Emulator;
using Oai.IntegrationTests.Telemetry;

namespace Oai.IntegrationTests.Faults;

/// <summary>Errors that waiting will not fix: answered once, never retried, every field of the error body exposed.</summary>
[Collection("Telemetry")]
public sealed class ErrorStatusTests
{
    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(422)]
    public async Task A_client_error_is_not_retried_and_exposes_the_error_body(int status)
    {
        using var spans = SpanCapture.Start();
        await using var emulator = await FaultEmulator.StartAsync(spans.Model);
        emulator.EnqueueInOrder(FaultEmulator.Error(status), EmulatorReply.Text("ok"));
        using var client = FaultEmulator.Client(emulator);

        var ex = await Assert.ThrowsAsync<OaiApiException>(() => client.Chat.Completions.CreateAsync(FaultClients.Request(spans.Model)));

        Assert.Single(emulator.Requests);
        Assert.Equal((HttpStatusCode)status, ex.StatusCode);
        Assert.Equal($"fault_error_{status}", ex.ErrorType);
        Assert.Equal($"fault_{status}", ex.Code);
        Assert.Equal("messages", ex.Param);
        Assert.Equal($"Fault server error {status}.", ex.ApiMessage);
        Assert.Equal("req_1", ex.RequestId);
        Assert.Equal(
            $"HTTP {status} ({(HttpStatusCode)status}) fault_error_{status} [fault_{status}]: Fault server error {status}. (request id req_1)",
            ex.Message);
        spans.AssertError(status.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
