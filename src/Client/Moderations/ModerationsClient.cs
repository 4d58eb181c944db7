using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Oai.Pipeline;
using Oai.Telemetry;

namespace Oai.Moderations;

/// <summary>Moderations: <see href="https://platform.openai.com/docs/api-reference/moderations/create">POST /moderations</see>
/// classifies text and images against the usage policies.</summary>
/// <remarks>Thread-safe; obtained from <see cref="OaiClient.Moderations"/>.</remarks>
public class ModerationsClient
{
    private static readonly JsonOperation<ModerationRequest, CreateModerationResponse> s_create = new()
    {
        Name = GenAi.OperationModerations,
        Method = HttpMethod.Post,
        Path = static _ => "moderations",
        Content = static request => JsonBody.Create(request, ClientJsonContext.Default.ModerationRequest),
        ResultType = RecordsJsonContext.Default.CreateModerationResponse,
        Telemetry = new() { RequestModel = static request => request.Model, Response = ModerationsTelemetry.Response },
    };

    private readonly OaiPipeline _pipeline;

    internal ModerationsClient(OaiPipeline pipeline)
    {
        _pipeline = pipeline;
    }

    /// <summary>Initializes an empty client, for test doubles that override the members.</summary>
    protected ModerationsClient()
    {
        _pipeline = null!;
    }

    /// <summary>Classifies text and images.</summary>
    /// <param name="request">The request.</param>
    /// <param name="options">Per-call headers and span settings, or null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One result per text (or one for a list of parts); read a category with
    /// <see cref="ModerationResult.TryGetCategory"/> or all of them with <see cref="ModerationResult.Categories"/>.</returns>
    /// <exception cref="OaiApiException">The service answered with an error.</exception>
    /// <exception cref="OaiTimeoutException">The call outlasted <see cref="OaiClientOptions.Timeout"/>.</exception>
    /// <exception cref="OaiConnectionException">The service could not be reached.</exception>
    public virtual Task<CreateModerationResponse> CreateAsync(
        ModerationRequest request, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _pipeline.SendAsync(s_create, request, options, cancellationToken);
    }

    /// <summary>Classifies one text with the service's default model.</summary>
    /// <param name="text">The text.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response, with one result.</returns>
    /// <exception cref="OaiApiException">The service answered with an error.</exception>
    public virtual Task<CreateModerationResponse> CreateAsync(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        return CreateAsync(new ModerationRequest { Input = text }, null, cancellationToken);
    }
}
