using Oai.Pipeline;

namespace Oai.Files;

/// <summary>The query of one <c>GET /files</c> page.</summary>
internal sealed record FileListQuery(FilePurpose? Purpose, int? Limit, ListOrder? Order, string? After)
{
    public string ToPath() => new QueryPath("files")
        .Add("purpose", Purpose?.Value)
        .Add("limit", Limit)
        .Add("order", Order?.Value)
        .Add("after", After)
        .ToString();
}
