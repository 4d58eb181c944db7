using System.Diagnostics;

namespace Oai.Telemetry;

/// <summary>What one operation contributes to its span and metrics: the one small mechanism every endpoint uses.</summary>
/// <typeparam name="TRequest">The operation's request type.</typeparam>
/// <typeparam name="TResult">The response record, or for a stream the chunk record.</typeparam>
/// <remarks>
/// The pipeline owns the span, the timings, the metrics, errors and the stream's lifetime; an endpoint only maps its
/// request and response onto attributes here. Every member is called only while someone listens.
/// </remarks>
internal abstract class OperationTelemetry<TRequest, TResult>
{
    /// <summary>The <c>gen_ai.request.model</c> of a request, or null when the operation has none.</summary>
    public virtual string? RequestModel(TRequest request) => null;

    /// <summary>Adds the request's own attributes; they are handed to <c>StartActivity</c>, so samplers see them.
    /// <c>openai.*</c> attributes are added freely: the scope drops them for servers that are not OpenAI.</summary>
    /// <param name="request">The caller's request.</param>
    /// <param name="tags">The span's start tags.</param>
    public virtual void AddRequestTags(TRequest request, ref TagList tags)
    {
    }

    /// <summary>Reads a whole response, or folds one stream chunk, into <paramref name="info"/>.</summary>
    public virtual void Observe(TResult result, ResponseInfo info)
    {
    }

    /// <summary>Prepares a stream before its first chunk (for example the number of choices expected).</summary>
    public virtual void BeginStream(TRequest request, ResponseInfo info)
    {
    }

    /// <summary>A fold of a stream's chunks into its output content, when content is captured; null when the
    /// operation captures none.</summary>
    public virtual IContentFold<TResult>? StreamContent(TRequest request) => null;

    /// <summary>The <c>gen_ai.input.messages</c> JSON of a request, when content is captured.</summary>
    public virtual string? InputMessages(TRequest request, int maxLength) => null;

    /// <summary>The <c>gen_ai.output.messages</c> JSON of a whole response, when content is captured.</summary>
    public virtual string? OutputMessages(TResult result, int maxLength) => null;
}
