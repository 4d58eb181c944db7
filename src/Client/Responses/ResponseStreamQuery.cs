using System;
using System.Globalization;
using Oai.Pipeline;

namespace Oai.Responses;

/// <summary>The query of <c>GET /responses/{id}?stream=true</c>: a stored response's events, after a sequence number.</summary>
internal sealed record ResponseStreamQuery(string ResponseId, long? StartingAfter)
{
    public string ToPath() => new QueryPath($"responses/{Uri.EscapeDataString(ResponseId)}")
        .Add("stream", "true")
        .Add("starting_after", StartingAfter?.ToString(CultureInfo.InvariantCulture))
        .ToString();
}
