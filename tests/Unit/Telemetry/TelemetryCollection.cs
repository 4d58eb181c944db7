namespace Oai.UnitTests.Telemetry;

[CollectionDefinition("Telemetry", DisableParallelization = true)]
public sealed class TelemetryCollection;
