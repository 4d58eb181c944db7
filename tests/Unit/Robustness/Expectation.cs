namespace Oai.UnitTests.Robustness;

/// <summary>What a case must end in, beyond the oracle every case obeys (only OaiException, no hang, no open span,
/// no key).</summary>
internal enum Expectation
{
    /// <summary>Anything the general oracle accepts.</summary>
    Any,

    /// <summary>The recorded traffic, unmutated: the call succeeds.</summary>
    Success,

    /// <summary>A correctly encoded body: the call succeeds where the transport decodes Content-Encoding (a socket),
    /// and anything the general oracle accepts where it does not (an in-memory handler).</summary>
    SuccessIfDecoded,

    /// <summary>An error status or an error event: the call throws <see cref="OaiApiException"/>.</summary>
    ApiError,

    /// <summary>The body never completes (no <c>[DONE]</c>, a stall, a dropped connection): the call throws an <see cref="OaiException"/>.</summary>
    Failure,
}
