namespace Oai.IntegrationTests.Files;

/// <summary>Tests that measure the process's allocations (<c>GC.GetTotalAllocatedBytes</c>) run alone: any other test
/// running beside them would count against their budget.</summary>
[CollectionDefinition("Memory", DisableParallelization = true)]
public sealed class MemoryCollection;
