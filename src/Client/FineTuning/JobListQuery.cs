using System.Collections.Generic;
using Oai.Pipeline;

namespace Oai.FineTuning;

/// <summary>The query of one <c>GET /fine_tuning/jobs</c> page.</summary>
internal sealed record JobListQuery(int? Limit, IReadOnlyDictionary<string, string>? Metadata, string? After)
{
    public string ToPath() => new QueryPath("fine_tuning/jobs")
        .Add("after", After)
        .Add("limit", Limit)
        .AddDeepObject("metadata", Metadata)
        .ToString();
}
