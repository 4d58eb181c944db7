namespace Oai.UnitTests.Robustness;

/// <summary>How the server finishes a response body.</summary>
internal enum BodyEnd
{
    /// <summary>Every byte, then a clean end.</summary>
    Complete,

    /// <summary>The first <see cref="Reply.Cutoff"/> bytes, then silence until the server shuts down.</summary>
    Stall,

    /// <summary>The first <see cref="Reply.Cutoff"/> bytes of a body announced in full, then the connection drops.</summary>
    Drop,
}
