using System.Diagnostics;
using Oai.Telemetry;

namespace Oai.Batches;

/// <summary>What a Batches call contributes to its span: the batch's id, endpoint, status and request counts, and its
/// model once the service knows it. File ids, metadata and the requests' content are not recorded.</summary>
internal static class BatchesTelemetry
{
    /// <summary>The batch id asked for.</summary>
    public static void BatchId(string batchId, ref TagList tags) => tags.Add(GenAi.OpenAiBatchId, batchId);

    /// <summary>The endpoint of a new batch.</summary>
    public static void Create(BatchRequest request, ref TagList tags)
    {
        if (request.Endpoint.Value is { } endpoint)
        {
            tags.Add(GenAi.OpenAiBatchEndpoint, endpoint);
        }
    }

    /// <summary>A new batch: its id as well as its state.</summary>
    public static void Created(Batch batch, ResponseInfo info)
    {
        if (batch.Id.Length > 0)
        {
            info.AddExtra(GenAi.OpenAiBatchId, batch.Id);
        }

        ById(batch, info);
    }

    /// <summary>A batch by id: its endpoint, status, request counts and model.</summary>
    public static void ById(Batch batch, ResponseInfo info)
    {
        if (batch.Endpoint.Value is { Length: > 0 } endpoint)
        {
            info.AddExtra(GenAi.OpenAiBatchEndpoint, endpoint);
        }

        if (!string.IsNullOrEmpty(batch.Model))
        {
            info.AddExtra(GenAi.RequestModel, batch.Model);
        }

        if (batch.Status.Value is { } status)
        {
            info.AddExtra(GenAi.OpenAiBatchStatus, status);
        }

        var counts = batch.RequestCounts;
        info.AddExtra(GenAi.OpenAiBatchRequestsTotal, counts.Total);
        info.AddExtra(GenAi.OpenAiBatchRequestsCompleted, counts.Completed);
        info.AddExtra(GenAi.OpenAiBatchRequestsFailed, counts.Failed);
    }

    /// <summary>The outcome a wait or a run puts on its parent span: the batch's id, status and counts as last seen.</summary>
    public static void Outcome(Batch batch, HelperSpan span)
    {
        span.SetTag(GenAi.OpenAiBatchId, batch.Id);
        span.SetTag(GenAi.OpenAiBatchStatus, batch.Status.Value);
        if (batch.Endpoint.Value is { Length: > 0 } endpoint)
        {
            span.SetTag(GenAi.OpenAiBatchEndpoint, endpoint);
        }

        if (!string.IsNullOrEmpty(batch.Model))
        {
            span.SetTag(GenAi.RequestModel, batch.Model);
        }

        span.SetTag(GenAi.OpenAiBatchRequestsTotal, batch.RequestCounts.Total);
        span.SetTag(GenAi.OpenAiBatchRequestsCompleted, batch.RequestCounts.Completed);
        span.SetTag(GenAi.OpenAiBatchRequestsFailed, batch.RequestCounts.Failed);
    }
}
