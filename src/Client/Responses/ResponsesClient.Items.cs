using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Oai.Pipeline;

namespace Oai.Responses;

public partial class ResponsesClient
{
    private static readonly JsonOperation<InputItemsQuery, ListPage<ResponseItem>> s_inputItems = new()
    {
        Name = ResponsesTelemetry.OperationInputItems,
        Method = HttpMethod.Get,
        Path = static query => query.ToPath(),
        ResultType = RecordsJsonContext.Default.ListPageResponseItem,
        Telemetry = new() { RequestTags = static (query, ref tags) => ResponsesTelemetry.ResponseId(query.ResponseId, ref tags) },
    };

    private static readonly JsonOperation<ResponseRequest, ResponseInputTokens> s_inputTokens = new()
    {
        Name = ResponsesTelemetry.OperationInputTokens,
        Method = HttpMethod.Post,
        Path = static _ => "responses/input_tokens",
        Content = static request => JsonBody.Create(new InputTokensBody(request), ClientJsonContext.Default.InputTokensBody),
        ResultType = RecordsJsonContext.Default.ResponseInputTokens,
        Telemetry = new() { RequestModel = static request => request.Model },
    };

    private static readonly JsonOperation<ResponseCompactRequest, ResponseCompaction> s_compact = new()
    {
        Name = ResponsesTelemetry.OperationCompact,
        Method = HttpMethod.Post,
        Path = static _ => "responses/compact",
        Content = static request => JsonBody.Create(request, ClientJsonContext.Default.ResponseCompactRequest),
        ResultType = RecordsJsonContext.Default.ResponseCompaction,
        Telemetry = new() { RequestModel = static request => request.Model, Response = ResponsesTelemetry.Compacted },
    };

    /// <summary>Lists the input items of a stored response, newest first unless <paramref name="order"/> says otherwise, across all pages.</summary>
    /// <param name="responseId">The response's id.</param>
    /// <param name="limit">The page size (1 to 100), or null for the service's default (20).</param>
    /// <param name="order">The order, or null for <c>desc</c>.</param>
    /// <param name="after">Start after this item id, or null from the beginning.</param>
    /// <param name="include">Extra fields to include, or null.</param>
    /// <param name="options">Per-call headers and span settings for every page request, or null.</param>
    /// <param name="cancellationToken">Cancels the page requests.</param>
    /// <returns>The listing; pages are fetched as the enumeration reaches them, each as a traced call.</returns>
    public virtual OaiAsyncPageable<ResponseItem> ListInputItemsAsync(
        string responseId,
        int? limit = null,
        ListOrder? order = null,
        string? after = null,
        IList<string>? include = null,
        RequestOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(responseId);
        return new OaiAsyncPageable<ResponseItem>(
            (cursor, token) => _pipeline.SendAsync(s_inputItems, new InputItemsQuery(responseId, limit, order, cursor, include), options, token),
            static item => item.Id,
            after,
            cancellationToken);
    }

    /// <summary>Counts the input tokens a request would use, without generating anything.</summary>
    /// <param name="request">The request; what shapes its input is sent (model, input, instructions, previous response,
    /// conversation, tools, tool choice, text format, reasoning, truncation), not its generation settings.</param>
    /// <param name="options">Per-call headers and span settings, or null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The count.</returns>
    /// <exception cref="OaiApiException">The service answered with an error.</exception>
    public virtual Task<ResponseInputTokens> CountInputTokensAsync(ResponseRequest request, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _pipeline.SendAsync(s_inputTokens, request, options, cancellationToken);
    }

    /// <summary>Compacts a conversation into fewer items (kept messages and an opaque compaction item) to send as
    /// the next request's input.</summary>
    /// <param name="request">The conversation to compact.</param>
    /// <param name="options">Per-call headers and span settings, or null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The compacted items.</returns>
    /// <exception cref="OaiApiException">The service answered with an error.</exception>
    public virtual Task<ResponseCompaction> CompactAsync(ResponseCompactRequest request, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _pipeline.SendAsync(s_compact, request, options, cancellationToken);
    }
}
