namespace Oai.Pipeline;

/// <summary>What a server-sent event carried.</summary>
internal enum SseFrameKind
{
    /// <summary>A chunk to hand to the caller.</summary>
    Item,

    /// <summary>The <c>data: [DONE]</c> marker that ends an OpenAI stream.</summary>
    Done,

    /// <summary>An event with no data; skipped.</summary>
    Empty,

    /// <summary>An <c>event: error</c>: thrown as <see cref="OaiApiException"/> whatever its data holds.</summary>
    Error,
}
