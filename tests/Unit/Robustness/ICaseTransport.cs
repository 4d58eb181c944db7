using System.Threading;

namespace Oai.UnitTests.Robustness;

/// <summary>Where a case's replies come from: an in-memory handler, or a real server over loopback.</summary>
internal interface ICaseTransport
{
    /// <summary>Gets whether Content-Encoding is decoded on the way (only a real socket handler decompresses).</summary>
    bool Decompresses { get; }

    /// <summary>Gets whether a dropped connection can take the response headers with it: a TCP reset discards what the
    /// client has not read yet, so over a socket the client may truly never see the headers of a dropped reply.</summary>
    bool DropMayLoseHeaders { get; }

    /// <summary>Sets up the server side of a case and points the client options at it.</summary>
    /// <param name="scenario">The case.</param>
    /// <param name="options">The client options to complete (base URL, transport, headers).</param>
    /// <param name="serverShutdown">Cancelled when the case is over: a stalled reply then drops its connection.</param>
    /// <returns>How many requests reached the server so far, read when the case is over.</returns>
    System.Func<int> Prepare(Scenario scenario, OaiClientOptions options, CancellationToken serverShutdown);
}
