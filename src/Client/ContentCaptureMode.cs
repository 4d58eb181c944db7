namespace Oai;

/// <summary>Whether and where message content (prompts and completions) is recorded on a call's telemetry.</summary>
/// <remarks>
/// Off by default: content may hold personal or confidential data. Set <see cref="OaiClientOptions.ContentCapture"/>
/// or the <c>OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT</c> environment variable (<c>true</c>,
/// <c>SPAN_ONLY</c>, <c>EVENT_ONLY</c>, <c>SPAN_AND_EVENT</c>, <c>NO_CONTENT</c>); the option wins. Metrics and token
/// counts are recorded whatever this says.
/// </remarks>
public enum ContentCaptureMode
{
    /// <summary>No message content is recorded.</summary>
    None = 0,

    /// <summary>Content goes on the span as <c>gen_ai.input.messages</c> and <c>gen_ai.output.messages</c>.</summary>
    SpanAttributes = 1,

    /// <summary>Content goes on a <c>gen_ai.client.inference.operation.details</c> event: a log record written to
    /// <see cref="OaiClientOptions.LoggerFactory"/>, or, when no logger factory is set, a span event of that name
    /// (the behaviour before log records; deprecated).</summary>
    Event = 2,

    /// <summary>Content goes both on the span and on the event.</summary>
    SpanAndEvent = 3,
}
