namespace Oai.UnitTests.Batches;

/// <summary>Tests that measure the process's managed heap: they run alone, so other tests' allocations do not count.</summary>
[CollectionDefinition("Memory", DisableParallelization = true)]
public sealed class MemoryCollection;
