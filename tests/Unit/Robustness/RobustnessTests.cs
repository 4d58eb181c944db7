using System.Threading.Tasks;
using Xunit.Abstractions;

namespace Oai.UnitTests.Robustness;

/// <summary>Randomized robustness (issue 9, Hardening): real recorded responses, mutated (truncated, retyped, nulled,
/// grown to 1 MB, mis-encoded, mislabelled, answered with errors quoting the key, stalled, cut off), sent through every
/// operation of the client over an in-memory transport. Whatever the server sends, a call may only fail with an
/// <see cref="OaiException"/>, never hang past its timeout, never leave a span open, and never show the API key.</summary>
/// <remarks>Cases are a function of (seed, case number): a failure report names both and prints the smallest case of
/// each failure class. Content-Encoding is only decoded over a real socket: see the loopback twin in
/// tests/Integration/Robustness.</remarks>
[Collection("Telemetry")]
public sealed class RobustnessTests(ITestOutputHelper output)
{
    private const int CasesPerSeed = 700;

    [Theory]
    [InlineData(11)]
    [InlineData(23)]
    [InlineData(37)]
    [InlineData(101)]
    public async Task Mutated_recordings_fail_only_with_OaiException_and_leak_nothing(int seed)
    {
        var report = await RobustnessRun.RunAsync(new InMemoryTransport(), [seed], CasesPerSeed, allowed: null, output.WriteLine);

        Assert.True(report is null, $"Expected every mutated response to end in success or an OaiException, within its timeout, with every span ended and the API key nowhere. {report}");
    }
}
