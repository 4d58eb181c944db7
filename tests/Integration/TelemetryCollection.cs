namespace Oai.IntegrationTests;

/// <summary>Tests that listen to the client's telemetry process-wide run one at a time, so one test's listener does
/// not slow another's timing-sensitive call; each still filters to its own spans by a unique model name.</summary>
[CollectionDefinition("Telemetry", DisableParallelization = true)]
public sealed class TelemetryCollection;
