using System.Threading.Tasks;
using Oai.UnitTests.Robustness;
using Xunit.Abstractions;

namespace Oai.IntegrationTests.Robustness;

/// <summary>The loopback half of the robustness test (issue 9): the mutations that only a real socket makes faithful,
/// sent through every operation of a client on its own transport. Content-Encoding is decoded by SocketsHttpHandler
/// (gzip, deflate, br on plain bytes, corrupt or cut compressed bodies), a body shorter than its Content-Length is a
/// cut connection, a stall is a silent socket, a 1 MB header meets the handler's header limit. The oracle and the
/// mutations are the in-memory test's (tests/Unit/Robustness, linked into this project).</summary>
[Collection("Telemetry")]
public sealed class LoopbackRobustnessTests(ITestOutputHelper output)
{
    private const int CasesPerSeed = 250;

    private static readonly MutationKind[] s_socketMutations =
    [
        MutationKind.LyingEncoding, MutationKind.CorruptEncoding, MutationKind.RealEncoding, MutationKind.Drop, MutationKind.Stall,
        MutationKind.Truncate, MutationKind.HugeRequestId, MutationKind.KeyInRequestId, MutationKind.BadCharset, MutationKind.ErrorStatus,
        MutationKind.EmptyBody, MutationKind.WrongContentType, MutationKind.SseNoDone, MutationKind.SseErrorEvent, MutationKind.InvalidUtf8,
    ];

    [Theory]
    [InlineData(7)]
    [InlineData(59)]
    public async Task Mutated_recordings_over_a_socket_fail_only_with_OaiException_and_leak_nothing(int seed)
    {
        await using var transport = await LoopbackTransport.StartAsync();

        var report = await RobustnessRun.RunAsync(transport, [seed], CasesPerSeed, s_socketMutations, output.WriteLine);

        Assert.True(report is null, $"Expected every mutated response to end in success or an OaiException, within its timeout, with every span ended and the API key nowhere. {report}");
    }
}
