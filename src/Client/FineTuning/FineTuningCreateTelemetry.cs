using Oai.Telemetry;

namespace Oai.FineTuning;

/// <summary>Span attributes of <c>fine_tuning.jobs.create</c>: the base model asked for, then the new job's id and status.
/// File ids, suffix, metadata and hyperparameters are not recorded.</summary>
internal sealed class FineTuningCreateTelemetry : OperationTelemetry<FineTuningJobRequest, FineTuningJob>
{
    public static readonly FineTuningCreateTelemetry Instance = new();

    public override string? RequestModel(FineTuningJobRequest request) => request.Model;

    public override void Observe(FineTuningJob result, ResponseInfo info) =>
        FineTuningJobTelemetry.ObserveJob(result, info, includeId: true);
}
