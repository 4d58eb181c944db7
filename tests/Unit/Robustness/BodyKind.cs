namespace Oai.UnitTests.Robustness;

/// <summary>What an operation's successful response body is.</summary>
internal enum BodyKind
{
    /// <summary>One JSON document, read whole.</summary>
    Json,

    /// <summary>A <c>text/event-stream</c> ending in <c>[DONE]</c>.</summary>
    EventStream,

    /// <summary>A file's raw bytes.</summary>
    Content,
}
