using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Oai.Files;
using Oai.Pipeline;
using Oai.Telemetry;

namespace Oai.Batches;

/// <summary>Batches: <see href="https://platform.openai.com/docs/api-reference/batch">create, retrieve, cancel and
/// list</see> batches, wait for one, read its results, or do all of it in one call.</summary>
/// <remarks>Thread-safe; obtained from <see cref="OaiClient.Batches"/>. Build the input file with
/// <see cref="BatchInputWriter"/>.</remarks>
public partial class BatchesClient
{
    private static readonly JsonOperation<BatchRequest, Batch> s_create = new()
    {
        Name = GenAi.OperationBatchesCreate,
        Method = HttpMethod.Post,
        Path = static _ => "batches",
        Content = static request => JsonBody.Create(request, ClientJsonContext.Default.BatchRequest),
        ResultType = RecordsJsonContext.Default.Batch,
        Telemetry = new() { RequestTags = BatchesTelemetry.Create, Response = BatchesTelemetry.Created },
    };

    private static readonly JsonOperation<BatchListQuery, ListPage<Batch>> s_list = new()
    {
        Name = GenAi.OperationBatchesList,
        Method = HttpMethod.Get,
        Path = static query => query.ToPath(),
        ResultType = RecordsJsonContext.Default.ListPageBatch,
    };

    private static readonly JsonOperation<string, Batch> s_retrieve = BatchOperation(GenAi.OperationBatchesRetrieve, HttpMethod.Get, null);
    private static readonly JsonOperation<string, Batch> s_cancel = BatchOperation(GenAi.OperationBatchesCancel, HttpMethod.Post, "/cancel");

    private readonly OaiPipeline _pipeline;
    private readonly FilesClient _files;

    internal BatchesClient(OaiPipeline pipeline, FilesClient files)
    {
        _pipeline = pipeline;
        _files = files;
    }

    /// <summary>Initializes an empty client, for test doubles that override the members.</summary>
    protected BatchesClient()
    {
        _pipeline = null!;
        _files = null!;
    }

    /// <summary>Creates a batch from an uploaded input file; it starts validating at once.</summary>
    /// <param name="request">The batch to create.</param>
    /// <param name="options">Per-call headers and span settings, or null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new batch, usually in status <c>validating</c>.</returns>
    /// <exception cref="OaiApiException">The service rejected the batch (an unknown file, an endpoint the file's lines do not use).</exception>
    public virtual Task<Batch> CreateAsync(BatchRequest request, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _pipeline.SendAsync(s_create, request, options, cancellationToken);
    }

    /// <summary>Lists the organization's batches, newest first, across all pages.</summary>
    /// <param name="after">Start after this batch id, or null from the newest.</param>
    /// <param name="limit">The page size, or null for the service's default (20).</param>
    /// <param name="options">Per-call headers and span settings for every page request, or null.</param>
    /// <param name="cancellationToken">Cancels the page requests.</param>
    /// <returns>The listing; pages are fetched as the enumeration reaches them, each as a traced call.</returns>
    public virtual OaiAsyncPageable<Batch> ListAsync(
        string? after = null, int? limit = null, RequestOptions? options = null, CancellationToken cancellationToken = default) =>
        new((cursor, token) => _pipeline.SendAsync(s_list, new BatchListQuery(limit, cursor), options, token), static batch => batch.Id, after, cancellationToken);

    /// <summary>Retrieves a batch.</summary>
    /// <param name="batchId">The batch id.</param>
    /// <param name="options">Per-call headers and span settings, or null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The batch.</returns>
    /// <exception cref="OaiApiException">The service answered with an error (404 for an unknown id).</exception>
    public virtual Task<Batch> RetrieveAsync(string batchId, RequestOptions? options = null, CancellationToken cancellationToken = default) =>
        SendBatchAsync(s_retrieve, batchId, options, cancellationToken);

    /// <summary>Cancels a batch; it goes to <c>cancelling</c>, then <c>cancelled</c> within minutes, and the requests
    /// that ran are in its result files.</summary>
    /// <param name="batchId">The batch id.</param>
    /// <param name="options">Per-call headers and span settings, or null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The batch, usually in status <c>cancelling</c>.</returns>
    /// <exception cref="OaiApiException">The service answered with an error (for example, the batch already finished).</exception>
    public virtual Task<Batch> CancelAsync(string batchId, RequestOptions? options = null, CancellationToken cancellationToken = default) =>
        SendBatchAsync(s_cancel, batchId, options, cancellationToken);

    private static JsonOperation<string, Batch> BatchOperation(string name, HttpMethod method, string? action) => new()
    {
        Name = name,
        Method = method,
        Path = id => $"batches/{Uri.EscapeDataString(id)}{action}",
        ResultType = RecordsJsonContext.Default.Batch,
        Telemetry = new() { RequestTags = BatchesTelemetry.BatchId, Response = BatchesTelemetry.ById },
    };

    private Task<Batch> SendBatchAsync(JsonOperation<string, Batch> operation, string batchId, RequestOptions? options, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(batchId);
        return _pipeline.SendAsync(operation, batchId, options, cancellationToken);
    }
}
