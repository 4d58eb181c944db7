using System;
using System.Threading;

namespace Oai.UnitTests.Robustness;

/// <summary>Serves each case from a <see cref="ReplayHandler"/> passed as the client's transport (no socket, no
/// decompression: Content-Encoding headers reach the client as they are).</summary>
internal sealed class InMemoryTransport : ICaseTransport
{
    public bool Decompresses => false;

    public bool DropMayLoseHeaders => false;

    public Func<int> Prepare(Scenario scenario, OaiClientOptions options, CancellationToken serverShutdown)
    {
        var handler = new ReplayHandler(scenario, serverShutdown);
        options.BaseUrl = new Uri("https://api.robustness.test/v1/");
        options.Transport = handler;
        return () => handler.Requests;
    }
}
