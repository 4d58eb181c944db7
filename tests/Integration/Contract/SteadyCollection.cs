using Oai.IntegrationTests.Servers;

namespace Oai.IntegrationTests.Contract;

/// <summary>The contract tests share one Steady server, started before the first and stopped after the last.</summary>
[CollectionDefinition("Steady")]
public sealed class SteadyCollection : ICollectionFixture<SteadyServer>;
