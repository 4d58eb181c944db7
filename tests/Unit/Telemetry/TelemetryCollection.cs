namespace Oai.UnitTests.Telemetry;

/// <summary>Tests that listen to the library's telemetry globally run one at a time.</summary>
[CollectionDefinition("Telemetry", DisableParallelization = true)]
public sealed class TelemetryCollection;
