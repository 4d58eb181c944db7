using System.Diagnostics;
using Oai.Telemetry;

namespace Oai.FineTuning;

/// <summary>Span attributes of an operation on one job by id (retrieve, cancel, pause, resume): the job id, then the
/// job's status, trained tokens and base model (<c>gen_ai.request.model</c>, learnt from the response).</summary>
internal sealed class FineTuningJobTelemetry : OperationTelemetry<string, FineTuningJob>
{
    public static readonly FineTuningJobTelemetry Instance = new();

    public override void AddRequestTags(string request, ref TagList tags)
    {
        tags.Add(GenAi.OpenAiFineTuningJobId, request);
    }

    public override void Observe(FineTuningJob result, ResponseInfo info)
    {
        if (result.Model.Length > 0)
        {
            info.Extra.Add(GenAi.RequestModel, result.Model);
        }

        ObserveJob(result, info, includeId: false);
    }

    /// <summary>Adds a job's id, status and trained tokens (when known) to the response attributes.</summary>
    public static void ObserveJob(FineTuningJob job, ResponseInfo info, bool includeId)
    {
        if (includeId && job.Id.Length > 0)
        {
            info.Extra.Add(GenAi.OpenAiFineTuningJobId, job.Id);
        }

        if (job.Status.Value is { } status)
        {
            info.Extra.Add(GenAi.OpenAiFineTuningJobStatus, status);
        }

        if (job.TrainedTokens is { } tokens)
        {
            info.Extra.Add(GenAi.OpenAiFineTuningTrainedTokens, tokens);
        }
    }
}
