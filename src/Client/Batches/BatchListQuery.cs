using Oai.Pipeline;

namespace Oai.Batches;

/// <summary>The query of one <c>GET /batches</c> page.</summary>
internal sealed record BatchListQuery(int? Limit, string? After)
{
    public string ToPath() => new QueryPath("batches").Add("after", After).Add("limit", Limit).ToString();
}
