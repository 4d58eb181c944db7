using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Oai.Pipeline;

namespace Oai.Chat;

/// <summary>Chat Completions: <see href="https://platform.openai.com/docs/api-reference/chat/create">POST /chat/completions</see>, whole or streamed.</summary>
/// <remarks>Thread-safe; obtained from <c>client.Chat.Completions</c>.</remarks>
public class ChatCompletionsClient
{
    private static readonly JsonOperation<ChatCompletionRequest, ChatCompletion> s_create = new()
    {
        Name = "chat",
        Method = HttpMethod.Post,
        Path = static _ => "chat/completions",
        Content = static request => JsonBody.Create(request.Stream is null ? request : request with { Stream = null }, ClientJsonContext.Default.ChatCompletionRequest),
        ResultType = RecordsJsonContext.Default.ChatCompletion,
        Reader = ChatCompletionReader.Read,
        Telemetry = new()
        {
            RequestModel = static request => request.Model,
            RequestTags = ChatTelemetry.RequestTags,
            InputMessages = ChatTelemetry.InputMessages,
            ToolDefinitions = ChatTelemetry.ToolDefinitions,
            Response = ChatTelemetry.Response,
            OutputMessages = ChatTelemetry.OutputMessages,
        },
    };

    private static readonly StreamOperation<ChatCompletionRequest, ChatCompletionChunk> s_stream = new()
    {
        Name = "chat",
        Method = HttpMethod.Post,
        Path = static _ => "chat/completions",
        Content = static request => JsonBody.Create(
            request with { Stream = true, StreamOptions = request.StreamOptions ?? new StreamOptions { IncludeUsage = true } },
            ClientJsonContext.Default.ChatCompletionRequest),
        ChunkType = RecordsJsonContext.Default.ChatCompletionChunk,
        NewChunkReader = static () => new ChatChunkReader().Read,
        StreamError = static chunk => chunk.Error,
        Telemetry = new()
        {
            RequestModel = static request => request.Model,
            RequestTags = ChatTelemetry.RequestTags,
            InputMessages = ChatTelemetry.InputMessages,
            ToolDefinitions = ChatTelemetry.ToolDefinitions,
            BeginStream = ChatTelemetry.BeginStream,
            Response = ChatTelemetry.Chunk,
            StreamContent = ChatTelemetry.StreamContent,
        },
    };

    private readonly OaiPipeline _pipeline;

    internal ChatCompletionsClient(OaiPipeline pipeline)
    {
        _pipeline = pipeline;
    }

    /// <summary>Initializes an empty client, for test doubles that override the members.</summary>
    protected ChatCompletionsClient()
    {
        _pipeline = null!;
    }

    /// <summary>Creates a chat completion and returns it whole.</summary>
    /// <param name="request">The request; <see cref="ChatCompletionRequest.Stream"/> is ignored here.</param>
    /// <param name="options">Per-call headers and span settings, or null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The completion.</returns>
    /// <exception cref="OaiApiException">The service answered with an error (<see cref="OaiRateLimitException"/> for 429).</exception>
    /// <exception cref="OaiTimeoutException">The call outlasted <see cref="OaiClientOptions.Timeout"/>.</exception>
    /// <exception cref="OaiConnectionException">The service could not be reached.</exception>
    /// <exception cref="OaiInvalidResponseException">The response body was not the expected JSON.</exception>
    public virtual Task<ChatCompletion> CreateAsync(
        ChatCompletionRequest request, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _pipeline.SendAsync(s_create, request, options, cancellationToken);
    }

    /// <summary>Creates a chat completion and streams it chunk by chunk.</summary>
    /// <param name="request">The request. Unless it sets <see cref="ChatCompletionRequest.StreamOptions"/>, the client
    /// asks for <c>stream_options.include_usage</c>, so the last chunk carries token usage.</param>
    /// <param name="options">Per-call headers and span settings, or null.</param>
    /// <param name="cancellationToken">Cancels the call and the reading of the stream.</param>
    /// <returns>The stream; the request is sent when enumeration starts, and HTTP errors surface on the first
    /// <c>MoveNextAsync</c>. Fold chunks back into a <see cref="ChatCompletion"/> with <see cref="ChatCompletionAccumulator"/>.</returns>
    /// <exception cref="OaiApiException">On enumeration: the service answered with an error, or sent an error event.</exception>
    /// <exception cref="OaiStreamException">On enumeration: the connection ended before the stream's end.</exception>
    /// <exception cref="OaiTimeoutException">On enumeration: no headers within the timeout, or no event for <see cref="OaiClientOptions.StreamIdleTimeout"/>.</exception>
    public virtual OaiStream<ChatCompletionChunk> CreateStreamAsync(
        ChatCompletionRequest request, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _pipeline.OpenStream(s_stream, request, options, cancellationToken);
    }
}
