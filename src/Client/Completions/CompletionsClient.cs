using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Oai.Chat;
using Oai.Pipeline;
using Oai.Telemetry;

namespace Oai.Completions;

/// <summary>Legacy Completions: <see href="https://platform.openai.com/docs/api-reference/completions/create">POST /completions</see>, whole or streamed.</summary>
/// <remarks>Thread-safe; obtained from <see cref="OaiClient.Completions"/>.</remarks>
public class CompletionsClient
{
    private static readonly JsonOperation<CompletionRequest, Completion> s_create = new()
    {
        Name = GenAi.OperationTextCompletion,
        Method = HttpMethod.Post,
        Path = static _ => "completions",
        Content = static request => JsonBody.Create(request.Stream is null ? request : request with { Stream = null }, ClientJsonContext.Default.CompletionRequest),
        ResultType = RecordsJsonContext.Default.Completion,
        Telemetry = new()
        {
            RequestModel = static request => request.Model,
            RequestTags = CompletionTelemetry.RequestTags,
            InputMessages = CompletionTelemetry.InputMessages,
            Response = CompletionTelemetry.Response,
            OutputMessages = CompletionTelemetry.OutputMessages,
        },
    };

    private static readonly StreamOperation<CompletionRequest, Completion> s_stream = new()
    {
        Name = GenAi.OperationTextCompletion,
        Method = HttpMethod.Post,
        Path = static _ => "completions",
        Content = static request => JsonBody.Create(
            request with { Stream = true, StreamOptions = request.StreamOptions ?? new StreamOptions { IncludeUsage = true } },
            ClientJsonContext.Default.CompletionRequest),
        ChunkType = RecordsJsonContext.Default.Completion,
        StreamError = static chunk => chunk.Error,
        Telemetry = new()
        {
            RequestModel = static request => request.Model,
            RequestTags = CompletionTelemetry.RequestTags,
            InputMessages = CompletionTelemetry.InputMessages,
            BeginStream = CompletionTelemetry.BeginStream,
            Response = CompletionTelemetry.Response,
            StreamContent = CompletionTelemetry.StreamContent,
        },
    };

    private readonly OaiPipeline _pipeline;

    internal CompletionsClient(OaiPipeline pipeline)
    {
        _pipeline = pipeline;
    }

    /// <summary>Initializes an empty client, for test doubles that override the members.</summary>
    protected CompletionsClient()
    {
        _pipeline = null!;
    }

    /// <summary>Creates a legacy completion and returns it whole.</summary>
    /// <param name="request">The request; <see cref="CompletionRequest.Stream"/> is ignored here.</param>
    /// <param name="options">Per-call headers and span settings, or null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The completion.</returns>
    /// <exception cref="OaiApiException">The service answered with an error (<see cref="OaiRateLimitException"/> for 429).</exception>
    /// <exception cref="OaiTimeoutException">The call outlasted <see cref="OaiClientOptions.Timeout"/>.</exception>
    /// <exception cref="OaiConnectionException">The service could not be reached.</exception>
    /// <exception cref="OaiInvalidResponseException">The response body was not the expected JSON.</exception>
    public virtual Task<Completion> CreateAsync(
        CompletionRequest request, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _pipeline.SendAsync(s_create, request, options, cancellationToken);
    }

    /// <summary>Creates a legacy completion and streams it chunk by chunk (each chunk is a <see cref="Completion"/>
    /// holding the text pieces it adds).</summary>
    /// <param name="request">The request. Unless it sets <see cref="CompletionRequest.StreamOptions"/>, the client
    /// asks for <c>stream_options.include_usage</c>, so the last chunk carries token usage.</param>
    /// <param name="options">Per-call headers and span settings, or null.</param>
    /// <param name="cancellationToken">Cancels the call and the reading of the stream.</param>
    /// <returns>The stream; the request is sent when enumeration starts, and HTTP errors surface on the first
    /// <c>MoveNextAsync</c>. Fold chunks back into one <see cref="Completion"/> with <see cref="CompletionAccumulator"/>.</returns>
    /// <exception cref="OaiApiException">On enumeration: the service answered with an error, or sent an error event.</exception>
    /// <exception cref="OaiStreamException">On enumeration: the connection ended before the stream's end.</exception>
    /// <exception cref="OaiTimeoutException">On enumeration: no headers within the timeout, or no event for <see cref="OaiClientOptions.StreamIdleTimeout"/>.</exception>
    public virtual OaiStream<Completion> CreateStreamAsync(
        CompletionRequest request, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _pipeline.OpenStream(s_stream, request, options, cancellationToken);
    }
}
