namespace Oai.Pipeline;

/// <summary>What a request expects back: it picks the <c>Accept</c> header and whether the body is buffered.</summary>
internal enum ResponseKind
{
    /// <summary>A JSON body, buffered inside the retried attempt (<c>Accept: application/json</c>).</summary>
    Json,

    /// <summary>A server-sent event stream, read as it arrives (<c>Accept: text/event-stream</c>).</summary>
    EventStream,

    /// <summary>Raw bytes (file content), read from the network as the caller reads (<c>Accept: */*</c>).</summary>
    Raw,
}
