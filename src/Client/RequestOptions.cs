using System.Collections.Generic;

namespace Oai;

/// <summary>Per-call settings: extra headers and how the call's span is named and tagged.</summary>
/// <remarks>
/// Pass one to any operation to adjust that call alone. Nothing here travels in Activity baggage: the span
/// attributes stay on this call's span and are not propagated to downstream services.
/// </remarks>
/// <example>
/// <code>
/// var options = new RequestOptions { SpanNameSuffix = "summarise", SpanAttributes = { ["app.feature"] = "digest" } };
/// var reply = await client.Chat.Completions.CreateAsync(request, options);
/// </code>
/// </example>
public sealed class RequestOptions
{
    /// <summary>Gets headers added to this request only; they override the client's default headers of the same name.</summary>
    public IDictionary<string, string> Headers { get; } = new Dictionary<string, string>(System.StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets or sets a suffix appended to the span name (<c>chat gpt-4o-mini summarise</c>) to tell call sites apart.</summary>
    public string? SpanNameSuffix { get; set; }

    /// <summary>Gets extra attributes set on this call's span, for example a prompt id or a feature name.</summary>
    /// <remarks>They go on the span only, never on metrics (whose attributes must stay low in cardinality).</remarks>
    public IDictionary<string, object?> SpanAttributes { get; } = new Dictionary<string, object?>(System.StringComparer.Ordinal);
}
