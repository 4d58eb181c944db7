using System.Diagnostics;
using Oai.Telemetry;

namespace Oai.FineTuning;

/// <summary>What a fine-tuning jobs call contributes to its span: the job's id, status, trained tokens and base model.
/// File ids, suffix, metadata and hyperparameters are not recorded. The functions the jobs operations list in their
/// <see cref="OperationTelemetry{TRequest,TResult}"/>.</summary>
internal static class FineTuningTelemetry
{
    /// <summary>The job id asked for.</summary>
    public static void JobId(string jobId, ref TagList tags) => tags.Add(GenAi.OpenAiFineTuningJobId, jobId);

    /// <summary>The job whose events or checkpoints a page lists.</summary>
    public static void JobPage(JobPageQuery query, ref TagList tags) => tags.Add(GenAi.OpenAiFineTuningJobId, query.JobId);

    /// <summary>A new job: its id, status and trained tokens (the base model was a start tag).</summary>
    public static void Created(FineTuningJob job, ResponseInfo info) => Job(job, info, includeId: true);

    /// <summary>A job by id: its base model (<c>gen_ai.request.model</c>, learnt from the response), status and trained tokens.</summary>
    public static void ById(FineTuningJob job, ResponseInfo info)
    {
        if (job.Model.Length > 0)
        {
            info.AddExtra(GenAi.RequestModel, job.Model);
        }

        Job(job, info, includeId: false);
    }

    /// <summary>The latest poll of a wait: the job's status, base model and trained tokens on the wait's parent span.</summary>
    public static void WaitOutcome(FineTuningJob job, HelperSpan span)
    {
        if (job.Model.Length > 0)
        {
            span.SetTag(GenAi.RequestModel, job.Model);
        }

        span.SetTag(GenAi.OpenAiFineTuningJobStatus, job.Status.Value);
        if (job.TrainedTokens is { } tokens)
        {
            span.SetTag(GenAi.OpenAiFineTuningTrainedTokens, tokens);
        }
    }

    private static void Job(FineTuningJob job, ResponseInfo info, bool includeId)
    {
        if (includeId && job.Id.Length > 0)
        {
            info.AddExtra(GenAi.OpenAiFineTuningJobId, job.Id);
        }

        if (job.Status.Value is { } status)
        {
            info.AddExtra(GenAi.OpenAiFineTuningJobStatus, status);
        }

        if (job.TrainedTokens is { } tokens)
        {
            info.AddExtra(GenAi.OpenAiFineTuningTrainedTokens, tokens);
        }
    }
}
