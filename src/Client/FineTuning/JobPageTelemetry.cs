using System.Diagnostics;
using Oai.Telemetry;

namespace Oai.FineTuning;

/// <summary>Span attributes of one page request of a job's events or checkpoints: the job id.</summary>
/// <typeparam name="TResult">The page record.</typeparam>
internal sealed class JobPageTelemetry<TResult> : OperationTelemetry<JobPageQuery, TResult>
{
    public static readonly JobPageTelemetry<TResult> Instance = new();

    public override void AddRequestTags(JobPageQuery request, ref TagList tags)
    {
        tags.Add(GenAi.OpenAiFineTuningJobId, request.JobId);
    }
}
