using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Oai.Pipeline;

namespace Oai.Responses;

/// <summary>The Responses API (<see href="https://platform.openai.com/docs/api-reference/responses">/responses</see>):
/// create a response whole or streamed, retrieve (and resume the stream of) a stored one, delete, cancel, list its
/// input items, count input tokens and compact a conversation.</summary>
/// <remarks>Thread-safe; obtained from <see cref="OaiClient.Responses"/>.</remarks>
public partial class ResponsesClient
{
    private static readonly JsonOperation<ResponseRequest, Response> s_create = new()
    {
        Name = "chat",
        Method = HttpMethod.Post,
        Path = static _ => "responses",
        Content = static request => JsonBody.Create(request with { Stream = null }, ClientJsonContext.Default.ResponseRequest),
        ResultType = RecordsJsonContext.Default.Response,
        Telemetry = new()
        {
            RequestModel = static request => request.Model,
            RequestTags = ResponsesTelemetry.RequestTags,
            InputMessages = ResponsesTelemetry.InputMessages,
            SystemInstructions = ResponsesTelemetry.SystemInstructions,
            Response = ResponsesTelemetry.Response,
            OutputMessages = ResponsesTelemetry.OutputMessages,
        },
    };

    private static readonly StreamOperation<ResponseRequest, ResponseStreamEvent> s_stream = new()
    {
        Name = "chat",
        Method = HttpMethod.Post,
        Path = static _ => "responses",
        Content = static request => JsonBody.Create(request with { Stream = true }, ClientJsonContext.Default.ResponseRequest),
        ChunkType = RecordsJsonContext.Default.ResponseStreamEvent,
        StreamError = ResponsesTelemetry.StreamError,
        IsLast = static e => e.IsTerminal,
        EventType = static e => e.Type,
        End = ResponsesTelemetry.StreamEnd,
        Telemetry = new()
        {
            RequestModel = static request => request.Model,
            RequestTags = ResponsesTelemetry.RequestTags,
            InputMessages = ResponsesTelemetry.InputMessages,
            SystemInstructions = ResponsesTelemetry.SystemInstructions,
            BeginStream = ResponsesTelemetry.BeginStream,
            Response = ResponsesTelemetry.Event,
            IsOutputChunk = ResponsesTelemetry.IsOutputDelta,
            StreamContent = ResponsesTelemetry.StreamContent,
        },
    };

    private static readonly JsonOperation<string, Response> s_retrieve = new()
    {
        Name = ResponsesTelemetry.OperationRetrieve,
        Method = HttpMethod.Get,
        Path = static id => $"responses/{Uri.EscapeDataString(id)}",
        ResultType = RecordsJsonContext.Default.Response,
        Telemetry = new() { RequestTags = ResponsesTelemetry.ResponseId, Response = ResponsesTelemetry.Stored },
    };

    private static readonly StreamOperation<ResponseStreamQuery, ResponseStreamEvent> s_resume = new()
    {
        Name = ResponsesTelemetry.OperationRetrieve,
        Method = HttpMethod.Get,
        Path = static query => query.ToPath(),
        ChunkType = RecordsJsonContext.Default.ResponseStreamEvent,
        StreamError = ResponsesTelemetry.StreamError,
        IsLast = static e => e.IsTerminal,
        EventType = static e => e.Type,
        End = ResponsesTelemetry.StreamEnd,
        Telemetry = new()
        {
            RequestTags = static (query, ref tags) => ResponsesTelemetry.ResponseId(query.ResponseId, ref tags),
            BeginStream = static (_, info) => info.SetChoice(0, null),
            Response = ResponsesTelemetry.Event,
            IsOutputChunk = ResponsesTelemetry.IsOutputDelta,
        },
    };

    private static readonly JsonOperation<string, ResponseDeletionResult> s_delete = new()
    {
        Name = ResponsesTelemetry.OperationDelete,
        Method = HttpMethod.Delete,
        Path = static id => $"responses/{Uri.EscapeDataString(id)}",
        ResultType = RecordsJsonContext.Default.ResponseDeletionResult,
        Telemetry = new() { RequestTags = ResponsesTelemetry.ResponseId },
    };

    private static readonly JsonOperation<string, Response> s_cancel = new()
    {
        Name = ResponsesTelemetry.OperationCancel,
        Method = HttpMethod.Post,
        Path = static id => $"responses/{Uri.EscapeDataString(id)}/cancel",
        ResultType = RecordsJsonContext.Default.Response,
        Telemetry = new() { RequestTags = ResponsesTelemetry.ResponseId, Response = ResponsesTelemetry.Stored },
    };

    private readonly OaiPipeline _pipeline;

    internal ResponsesClient(OaiPipeline pipeline)
    {
        _pipeline = pipeline;
    }

    /// <summary>Initializes an empty client, for test doubles that override the members.</summary>
    protected ResponsesClient()
    {
        _pipeline = null!;
    }

    /// <summary>Creates a response and returns it whole (with <see cref="ResponseRequest.Background"/>, at once, queued).</summary>
    /// <param name="request">The request.</param>
    /// <param name="options">Per-call headers and span settings, or null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response; read its text with <see cref="Response.TryGetOutputText"/> and its function calls with
    /// <see cref="Response.TryGetFunctionCalls"/>.</returns>
    /// <exception cref="OaiApiException">The service answered with an error (<see cref="OaiRateLimitException"/> for 429).</exception>
    /// <exception cref="OaiTimeoutException">The call outlasted <see cref="OaiClientOptions.Timeout"/>.</exception>
    /// <exception cref="OaiConnectionException">The service could not be reached.</exception>
    /// <exception cref="OaiInvalidResponseException">The response body was not the expected JSON.</exception>
    public virtual Task<Response> CreateAsync(ResponseRequest request, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _pipeline.SendAsync(s_create, request, options, cancellationToken);
    }

    /// <summary>Creates a response and streams its events.</summary>
    /// <param name="request">The request.</param>
    /// <param name="options">Per-call headers and span settings, or null.</param>
    /// <param name="cancellationToken">Cancels the call and the reading of the stream.</param>
    /// <returns>The stream; the request is sent when enumeration starts, and HTTP errors surface on the first
    /// <c>MoveNextAsync</c>. It ends after <c>response.completed</c> or <c>response.incomplete</c>; fold its events
    /// with <see cref="ResponseAccumulator"/>.</returns>
    /// <exception cref="OaiApiException">On enumeration: the service answered with an error, or the stream carried a
    /// <c>response.failed</c> or <c>error</c> event.</exception>
    /// <exception cref="OaiStreamException">On enumeration: the connection ended before the terminal event.</exception>
    /// <exception cref="OaiInvalidResponseException">On enumeration: an event's data did not parse, or declared another type than its SSE name.</exception>
    /// <exception cref="OaiTimeoutException">On enumeration: no headers within the timeout, or no event for <see cref="OaiClientOptions.StreamIdleTimeout"/>.</exception>
    public virtual OaiStream<ResponseStreamEvent> CreateStreamAsync(ResponseRequest request, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _pipeline.OpenStream(s_stream, request, options, cancellationToken);
    }

    /// <summary>Retrieves a stored response (to poll a background response, for example).</summary>
    /// <param name="responseId">The response's id.</param>
    /// <param name="options">Per-call headers and span settings, or null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response as it stands.</returns>
    /// <exception cref="OaiApiException">The service answered with an error (404 for an unknown or deleted id).</exception>
    public virtual Task<Response> RetrieveAsync(string responseId, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(responseId);
        return _pipeline.SendAsync(s_retrieve, responseId, options, cancellationToken);
    }

    /// <summary>Streams the events of a stored background response, from the start or after an event already seen:
    /// how a broken stream of a background response is resumed.</summary>
    /// <param name="responseId">The response's id (created with <see cref="ResponseRequest.Background"/> and streamed).</param>
    /// <param name="startingAfter">The <see cref="ResponseStreamEvent.SequenceNumber"/> of the last event seen, or null from the start.</param>
    /// <param name="options">Per-call headers and span settings, or null.</param>
    /// <param name="cancellationToken">Cancels the call and the reading of the stream.</param>
    /// <returns>The stream, which behaves as <see cref="CreateStreamAsync"/>'s.</returns>
    /// <exception cref="OaiApiException">On enumeration: the service answered with an error, or sent a failure event.</exception>
    /// <exception cref="OaiStreamException">On enumeration: the connection ended before the terminal event.</exception>
    public virtual OaiStream<ResponseStreamEvent> RetrieveStreamAsync(
        string responseId, long? startingAfter = null, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(responseId);
        return _pipeline.OpenStream(s_resume, new ResponseStreamQuery(responseId, startingAfter), options, cancellationToken);
    }

    /// <summary>Deletes a stored response.</summary>
    /// <param name="responseId">The response's id.</param>
    /// <param name="options">Per-call headers and span settings, or null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The deletion result.</returns>
    /// <exception cref="OaiApiException">The service answered with an error (404 for an unknown id).</exception>
    public virtual Task<ResponseDeletionResult> DeleteAsync(string responseId, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(responseId);
        return _pipeline.SendAsync(s_delete, responseId, options, cancellationToken);
    }

    /// <summary>Cancels a background response that has not finished.</summary>
    /// <param name="responseId">The response's id.</param>
    /// <param name="options">Per-call headers and span settings, or null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response, with status <see cref="ResponseStatus.Cancelled"/>.</returns>
    /// <exception cref="OaiApiException">The service answered with an error (a response not in the background cannot be cancelled).</exception>
    public virtual Task<Response> CancelAsync(string responseId, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(responseId);
        return _pipeline.SendAsync(s_cancel, responseId, options, cancellationToken);
    }
}
