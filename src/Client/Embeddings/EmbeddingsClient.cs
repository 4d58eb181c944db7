using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Oai.Pipeline;
using Oai.Telemetry;

namespace Oai.Embeddings;

/// <summary>Embeddings: <see href="https://platform.openai.com/docs/api-reference/embeddings/create">POST /embeddings</see>.</summary>
/// <remarks>Thread-safe; obtained from <see cref="OaiClient.Embeddings"/>.</remarks>
public class EmbeddingsClient
{
    private static readonly JsonOperation<EmbeddingRequest, CreateEmbeddingResponse> s_create = new()
    {
        Name = GenAi.OperationEmbeddings,
        Method = HttpMethod.Post,
        Path = static _ => "embeddings",
        Content = static request => JsonBody.Create(
            request with { EncodingFormat = EmbeddingsTelemetry.SentFormat(request) },
            ClientJsonContext.Default.EmbeddingRequest),
        ResultType = RecordsJsonContext.Default.CreateEmbeddingResponse,
        Telemetry = new()
        {
            RequestModel = static request => request.Model,
            RequestTags = EmbeddingsTelemetry.RequestTags,
            Response = EmbeddingsTelemetry.Response,
        },
    };

    private readonly OaiPipeline _pipeline;

    internal EmbeddingsClient(OaiPipeline pipeline)
    {
        _pipeline = pipeline;
    }

    /// <summary>Initializes an empty client, for test doubles that override the members.</summary>
    protected EmbeddingsClient()
    {
        _pipeline = null!;
    }

    /// <summary>Creates one embedding vector per input.</summary>
    /// <param name="request">The request. Unless it sets <see cref="EmbeddingRequest.EncodingFormat"/>, the client asks
    /// for <c>base64</c> (several times smaller on the wire) and decodes it; the vectors read as floats either way.</param>
    /// <param name="options">Per-call headers and span settings, or null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The embeddings; read one input's vector with <see cref="CreateEmbeddingResponse.GetVector"/>.</returns>
    /// <exception cref="OaiApiException">The service answered with an error (<see cref="OaiRateLimitException"/> for 429).</exception>
    /// <exception cref="OaiTimeoutException">The call outlasted <see cref="OaiClientOptions.Timeout"/>.</exception>
    /// <exception cref="OaiConnectionException">The service could not be reached.</exception>
    /// <exception cref="OaiInvalidResponseException">The response body was not the expected JSON.</exception>
    public virtual Task<CreateEmbeddingResponse> CreateAsync(
        EmbeddingRequest request, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _pipeline.SendAsync(s_create, request, options, cancellationToken);
    }
}
