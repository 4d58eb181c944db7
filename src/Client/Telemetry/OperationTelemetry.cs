using System;
using System.Diagnostics;

namespace Oai.Telemetry;

/// <summary>What one operation contributes to its span and metrics, stated as plain data next to the operation: small
/// functions from the request and the response to attributes.</summary>
/// <typeparam name="TRequest">The operation's request type.</typeparam>
/// <typeparam name="TResult">The response record, a stream's chunk record, or a download's content headers.</typeparam>
/// <remarks>
/// The pipeline owns the span, the timings, the metrics, errors, the stream's lifetime and the <c>openai.*</c> gate;
/// an endpoint only maps its request and response onto attributes here. Every function is called only while someone
/// listens, and one that throws costs its attributes, never the call.
/// </remarks>
internal sealed class OperationTelemetry<TRequest, TResult>
{
    /// <summary>Gets the <c>gen_ai.request.model</c> of a request, for operations that have one.</summary>
    public Func<TRequest, string?>? RequestModel { get; init; }

    /// <summary>Gets what adds the request's own attributes; they are handed to <c>StartActivity</c>, so samplers see them.</summary>
    public RequestTags<TRequest>? RequestTags { get; init; }

    /// <summary>Gets what reads a whole response, or folds one stream chunk, into the call's <see cref="ResponseInfo"/>.</summary>
    public Action<TResult, ResponseInfo>? Response { get; init; }

    /// <summary>Gets what prepares a stream before its first chunk (for example the number of choices expected).</summary>
    public Action<TRequest, ResponseInfo>? BeginStream { get; init; }

    /// <summary>Gets the <c>gen_ai.input.messages</c> JSON of a request, cut to a byte length, when content is captured.</summary>
    public Func<TRequest, int, string?>? InputMessages { get; init; }

    /// <summary>Gets the <c>gen_ai.system_instructions</c> JSON of a request (instructions given apart from the chat
    /// history, such as the Responses API's <c>instructions</c>), cut to a byte length, when content is captured.</summary>
    public Func<TRequest, int, string?>? SystemInstructions { get; init; }

    /// <summary>Gets the <c>gen_ai.tool.definitions</c> JSON of a request, cut to a byte length, when the caller opted in.</summary>
    public Func<TRequest, int, string?>? ToolDefinitions { get; init; }

    /// <summary>Gets the <c>gen_ai.output.messages</c> JSON of a whole response, cut to a byte length, when content is captured.</summary>
    public Func<TResult, int, string?>? OutputMessages { get; init; }

    /// <summary>Gets what tells a stream chunk that carries output (timed for time to first chunk and per output
    /// chunk); null when every chunk does.</summary>
    public Func<TResult, bool>? IsOutputChunk { get; init; }

    /// <summary>Gets what starts a fold of a stream's chunks into its output content, when content is captured.</summary>
    public Func<TRequest, IContentFold<TResult>>? StreamContent { get; init; }
}
