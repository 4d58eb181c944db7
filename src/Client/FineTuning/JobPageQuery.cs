using System;
using Oai.Pipeline;

namespace Oai.FineTuning;

/// <summary>The query of one page of a job's events or checkpoints (<c>GET /fine_tuning/jobs/{id}/{listing}</c>).</summary>
internal sealed record JobPageQuery(string JobId, int? Limit, string? After)
{
    public string ToPath(string listing) => new QueryPath($"fine_tuning/jobs/{Uri.EscapeDataString(JobId)}/{listing}")
        .Add("after", After)
        .Add("limit", Limit)
        .ToString();
}
