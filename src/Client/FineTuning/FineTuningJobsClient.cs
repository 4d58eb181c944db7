using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Oai.Pipeline;
using Oai.Telemetry;

namespace Oai.FineTuning;

/// <summary>Fine-tuning jobs: <see href="https://platform.openai.com/docs/api-reference/fine-tuning">create, list,
/// retrieve, cancel, pause and resume</see> jobs, list their events and checkpoints, and wait for one to finish.</summary>
/// <remarks>Thread-safe; obtained from <c>client.FineTuning.Jobs</c>. Every listing is auto-paginated.</remarks>
public partial class FineTuningJobsClient
{
    private static readonly JsonOperation<FineTuningJobRequest, FineTuningJob> s_create = new()
    {
        Name = GenAi.OperationFineTuningJobsCreate,
        Method = HttpMethod.Post,
        Path = static _ => "fine_tuning/jobs",
        Content = static request => JsonBody.Create(request, ClientJsonContext.Default.FineTuningJobRequest),
        ResultType = RecordsJsonContext.Default.FineTuningJob,
        Telemetry = new() { RequestModel = static request => request.Model, Response = FineTuningTelemetry.Created },
    };

    private static readonly JsonOperation<JobListQuery, ListPage<FineTuningJob>> s_list = new()
    {
        Name = GenAi.OperationFineTuningJobsList,
        Method = HttpMethod.Get,
        Path = static query => query.ToPath(),
        ResultType = RecordsJsonContext.Default.ListPageFineTuningJob,
    };

    private static readonly JsonOperation<string, FineTuningJob> s_retrieve = JobOperation(GenAi.OperationFineTuningJobsRetrieve, HttpMethod.Get, null);
    private static readonly JsonOperation<string, FineTuningJob> s_cancel = JobOperation(GenAi.OperationFineTuningJobsCancel, HttpMethod.Post, "/cancel");
    private static readonly JsonOperation<string, FineTuningJob> s_pause = JobOperation(GenAi.OperationFineTuningJobsPause, HttpMethod.Post, "/pause");
    private static readonly JsonOperation<string, FineTuningJob> s_resume = JobOperation(GenAi.OperationFineTuningJobsResume, HttpMethod.Post, "/resume");

    private static readonly JsonOperation<JobPageQuery, ListPage<FineTuningJobEvent>> s_listEvents = new()
    {
        Name = GenAi.OperationFineTuningJobsListEvents,
        Method = HttpMethod.Get,
        Path = static query => query.ToPath("events"),
        ResultType = RecordsJsonContext.Default.ListPageFineTuningJobEvent,
        Telemetry = new() { RequestTags = FineTuningTelemetry.JobPage },
    };

    private static readonly JsonOperation<JobPageQuery, ListPage<FineTuningJobCheckpoint>> s_listCheckpoints = new()
    {
        Name = GenAi.OperationFineTuningJobsListCheckpoints,
        Method = HttpMethod.Get,
        Path = static query => query.ToPath("checkpoints"),
        ResultType = RecordsJsonContext.Default.ListPageFineTuningJobCheckpoint,
        Telemetry = new() { RequestTags = FineTuningTelemetry.JobPage },
    };

    private readonly OaiPipeline _pipeline;

    internal FineTuningJobsClient(OaiPipeline pipeline)
    {
        _pipeline = pipeline;
    }

    /// <summary>Initializes an empty client, for test doubles that override the members.</summary>
    protected FineTuningJobsClient()
    {
        _pipeline = null!;
    }

    /// <summary>Creates a fine-tuning job; it starts validating its files at once.</summary>
    /// <param name="request">The job to create.</param>
    /// <param name="options">Per-call headers and span settings, or null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new job, usually in status <c>validating_files</c>.</returns>
    /// <exception cref="OaiApiException">The service rejected the job (400 with code <c>model_not_available</c> for a model
    /// that cannot be fine-tuned).</exception>
    public virtual Task<FineTuningJob> CreateAsync(
        FineTuningJobRequest request, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _pipeline.SendAsync(s_create, request, options, cancellationToken);
    }

    /// <summary>Lists the organization's fine-tuning jobs, newest first, across all pages.</summary>
    /// <param name="after">Start after this job id, or null from the newest.</param>
    /// <param name="limit">The page size, or null for the service's default (20).</param>
    /// <param name="metadata">Only jobs whose metadata has these key-value pairs (sent as <c>metadata[key]=value</c>), or null.</param>
    /// <param name="options">Per-call headers and span settings for every page request, or null.</param>
    /// <param name="cancellationToken">Cancels the page requests.</param>
    /// <returns>The listing; pages are fetched as the enumeration reaches them, each as a traced call.</returns>
    public virtual OaiAsyncPageable<FineTuningJob> ListAsync(
        string? after = null,
        int? limit = null,
        IReadOnlyDictionary<string, string>? metadata = null,
        RequestOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        return new OaiAsyncPageable<FineTuningJob>(
            (cursor, token) => _pipeline.SendAsync(s_list, new JobListQuery(limit, metadata, cursor), options, token),
            static job => job.Id,
            after,
            cancellationToken);
    }

    /// <summary>Retrieves a job.</summary>
    /// <param name="jobId">The job id.</param>
    /// <param name="options">Per-call headers and span settings, or null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The job.</returns>
    /// <exception cref="OaiApiException">The service answered with an error (404 for an unknown id).</exception>
    public virtual Task<FineTuningJob> RetrieveAsync(string jobId, RequestOptions? options = null, CancellationToken cancellationToken = default) =>
        SendJobAsync(s_retrieve, jobId, options, cancellationToken);

    /// <summary>Cancels a job that has not finished.</summary>
    /// <param name="jobId">The job id.</param>
    /// <param name="options">Per-call headers and span settings, or null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The job, in status <c>cancelled</c>.</returns>
    /// <exception cref="OaiApiException">The service answered with an error (for example, the job already finished).</exception>
    public virtual Task<FineTuningJob> CancelAsync(string jobId, RequestOptions? options = null, CancellationToken cancellationToken = default) =>
        SendJobAsync(s_cancel, jobId, options, cancellationToken);

    /// <summary>Pauses a running job.</summary>
    /// <param name="jobId">The job id.</param>
    /// <param name="options">Per-call headers and span settings, or null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The job, in status <c>paused</c>.</returns>
    /// <exception cref="OaiApiException">The service answered with an error.</exception>
    public virtual Task<FineTuningJob> PauseAsync(string jobId, RequestOptions? options = null, CancellationToken cancellationToken = default) =>
        SendJobAsync(s_pause, jobId, options, cancellationToken);

    /// <summary>Resumes a paused job.</summary>
    /// <param name="jobId">The job id.</param>
    /// <param name="options">Per-call headers and span settings, or null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The job, running again.</returns>
    /// <exception cref="OaiApiException">The service answered with an error.</exception>
    public virtual Task<FineTuningJob> ResumeAsync(string jobId, RequestOptions? options = null, CancellationToken cancellationToken = default) =>
        SendJobAsync(s_resume, jobId, options, cancellationToken);

    /// <summary>Lists a job's events, newest first, across all pages.</summary>
    /// <param name="jobId">The job id.</param>
    /// <param name="limit">The page size, or null for the service's default (20).</param>
    /// <param name="after">Start after this event id, or null from the newest.</param>
    /// <param name="options">Per-call headers and span settings for every page request, or null.</param>
    /// <param name="cancellationToken">Cancels the page requests.</param>
    /// <returns>The listing; pages are fetched as the enumeration reaches them.</returns>
    public virtual OaiAsyncPageable<FineTuningJobEvent> ListEventsAsync(
        string jobId, int? limit = null, string? after = null, RequestOptions? options = null, CancellationToken cancellationToken = default)
        => JobPages(s_listEvents, static item => item.Id, jobId, limit, after, options, cancellationToken);

    /// <summary>Lists a job's checkpoints, newest first, across all pages.</summary>
    /// <param name="jobId">The job id.</param>
    /// <param name="limit">The page size, or null for the service's default (10).</param>
    /// <param name="after">Start after this checkpoint id, or null from the newest.</param>
    /// <param name="options">Per-call headers and span settings for every page request, or null.</param>
    /// <param name="cancellationToken">Cancels the page requests.</param>
    /// <returns>The listing; pages are fetched as the enumeration reaches them.</returns>
    public virtual OaiAsyncPageable<FineTuningJobCheckpoint> ListCheckpointsAsync(
        string jobId, int? limit = null, string? after = null, RequestOptions? options = null, CancellationToken cancellationToken = default)
        => JobPages(s_listCheckpoints, static item => item.Id, jobId, limit, after, options, cancellationToken);

    private static JsonOperation<string, FineTuningJob> JobOperation(string name, HttpMethod method, string? action) => new()
    {
        Name = name,
        Method = method,
        Path = id => $"fine_tuning/jobs/{Uri.EscapeDataString(id)}{action}",
        ResultType = RecordsJsonContext.Default.FineTuningJob,
        Telemetry = new() { RequestTags = FineTuningTelemetry.JobId, Response = FineTuningTelemetry.ById },
    };

    private OaiAsyncPageable<T> JobPages<T>(
        JsonOperation<JobPageQuery, ListPage<T>> operation,
        Func<T, string?> idOf,
        string jobId,
        int? limit,
        string? after,
        RequestOptions? options,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(jobId);
        return new OaiAsyncPageable<T>(
            (cursor, token) => _pipeline.SendAsync(operation, new JobPageQuery(jobId, limit, cursor), options, token),
            idOf,
            after,
            cancellationToken);
    }

    private Task<FineTuningJob> SendJobAsync(
        JsonOperation<string, FineTuningJob> operation, string jobId, RequestOptions? options, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(jobId);
        return _pipeline.SendAsync(operation, jobId, options, cancellationToken);
    }
}
