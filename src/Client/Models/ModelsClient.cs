using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Oai.Pipeline;
using Oai.Telemetry;

namespace Oai.Models;

/// <summary>Models: <see href="https://platform.openai.com/docs/api-reference/models">list and retrieve</see> the models
/// the API offers, and delete a fine-tuned model of your organization.</summary>
/// <remarks>Thread-safe; obtained from <see cref="OaiClient.Models"/>.</remarks>
public class ModelsClient
{
    private static readonly JsonOperation<string?, ListPage<ModelObject>> s_list = new()
    {
        Name = GenAi.OperationModelsList,
        Method = HttpMethod.Get,
        Path = static after => new QueryPath("models").Add("after", after).ToString(),
        ResultType = RecordsJsonContext.Default.ListPageModelObject,
    };

    private static readonly JsonOperation<string, ModelObject> s_retrieve = new()
    {
        Name = GenAi.OperationModelsRetrieve,
        Method = HttpMethod.Get,
        Path = static model => $"models/{Uri.EscapeDataString(model)}",
        ResultType = RecordsJsonContext.Default.ModelObject,
        Telemetry = new() { RequestModel = static model => model, Response = ModelsTelemetry.Retrieved },
    };

    private static readonly JsonOperation<string, ModelDeletionResult> s_delete = new()
    {
        Name = GenAi.OperationModelsDelete,
        Method = HttpMethod.Delete,
        Path = static model => $"models/{Uri.EscapeDataString(model)}",
        ResultType = RecordsJsonContext.Default.ModelDeletionResult,
        Telemetry = new() { RequestModel = static model => model },
    };

    private readonly OaiPipeline _pipeline;

    internal ModelsClient(OaiPipeline pipeline)
    {
        _pipeline = pipeline;
    }

    /// <summary>Initializes an empty client, for test doubles that override the members.</summary>
    protected ModelsClient()
    {
        _pipeline = null!;
    }

    /// <summary>Lists the models available to your organization, fine-tuned ones included.</summary>
    /// <param name="options">Per-call headers and span settings, or null.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The listing. The service answers with one page today; should it page, the listing follows.</returns>
    /// <exception cref="OaiApiException">On enumeration: the service answered with an error.</exception>
    public virtual OaiAsyncPageable<ModelObject> ListAsync(RequestOptions? options = null, CancellationToken cancellationToken = default) =>
        new((cursor, token) => _pipeline.SendAsync(s_list, cursor, options, token), static model => model.Id, null, cancellationToken);

    /// <summary>Retrieves one model.</summary>
    /// <param name="model">The model id, for example <c>gpt-4o-mini</c>.</param>
    /// <param name="options">Per-call headers and span settings, or null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The model; fields the service added since this library was written are in
    /// <see cref="ModelObject.AdditionalProperties"/>.</returns>
    /// <exception cref="OaiApiException">The service answered with an error (404 with code <c>model_not_found</c> for
    /// an unknown model).</exception>
    public virtual Task<ModelObject> RetrieveAsync(string model, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(model);
        return _pipeline.SendAsync(s_retrieve, model, options, cancellationToken);
    }

    /// <summary>Deletes a fine-tuned model; you need the Owner role in its organization.</summary>
    /// <param name="model">The fine-tuned model's id (<c>ft:...</c>).</param>
    /// <param name="options">Per-call headers and span settings, or null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The deletion result.</returns>
    /// <exception cref="OaiApiException">The service answered with an error (404 for an unknown model, 403 for a model
    /// you may not delete).</exception>
    public virtual Task<ModelDeletionResult> DeleteAsync(string model, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(model);
        return _pipeline.SendAsync(s_delete, model, options, cancellationToken);
    }
}
