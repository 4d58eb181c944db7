namespace Oai.UnitTests.Robustness;

/// <summary>The mutations, in the order they apply to one reply: structure, then bytes, then headers, then encoding,
/// then how the body is delivered.</summary>
internal enum MutationKind
{
    ErrorStatus,
    JsonStructure,
    NullItems,
    SseErrorEvent,
    SseNoDone,
    SseNoise,
    Truncate,
    InvalidUtf8,
    EmptyBody,
    BadCharset,
    WrongContentType,
    KeyInRequestId,
    HugeRequestId,
    LyingEncoding,
    CorruptEncoding,
    RealEncoding,
    Stall,
    Drop,
}
