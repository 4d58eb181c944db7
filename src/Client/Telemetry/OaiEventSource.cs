using System.Diagnostics.Tracing;

namespace Oai.Telemetry;

/// <summary>The library's own diagnostics, under the event source name <c>Oai-Client</c> (listen with
/// <c>dotnet-trace</c> or an <see cref="EventListener"/>): what went wrong inside the telemetry itself.</summary>
/// <remarks>OpenTelemetry's own instrumentations report their internal failures the same way.</remarks>
[EventSource(Name = "Oai-Client")]
internal sealed class OaiEventSource : EventSource
{
    public static readonly OaiEventSource Log = new();

    /// <summary>An endpoint's span mapping threw; the call went on untouched and its span lacks that mapping's attributes.
    /// Only names are written, never the exception's message, which could quote request or response content.</summary>
    [Event(1, Level = EventLevel.Warning, Message = "Telemetry for operation '{0}' failed in {1} with {2}; the call itself was not affected.")]
    public void TelemetryMappingFailed(string operation, string step, string exceptionType)
    {
        WriteEvent(1, operation, step, exceptionType);
    }
}
