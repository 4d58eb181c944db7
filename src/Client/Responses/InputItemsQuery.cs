using System;
using System.Collections.Generic;
using Oai.Pipeline;

namespace Oai.Responses;

/// <summary>The query of one <c>GET /responses/{id}/input_items</c> page.</summary>
internal sealed record InputItemsQuery(string ResponseId, int? Limit, ListOrder? Order, string? After, IList<string>? Include)
{
    public string ToPath()
    {
        var path = new QueryPath($"responses/{Uri.EscapeDataString(ResponseId)}/input_items")
            .Add("limit", Limit)
            .Add("order", Order?.Value)
            .Add("after", After);
        foreach (var include in Include ?? [])
        {
            path.Add("include[]", include);
        }

        return path.ToString();
    }
}
