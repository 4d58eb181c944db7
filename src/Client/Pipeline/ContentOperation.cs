using System.Net.Http.Headers;

namespace Oai.Pipeline;

/// <summary>An operation answered with raw bytes (a file's content), handed to the caller as a stream read from the
/// network; telemetry observes the content headers.</summary>
/// <typeparam name="TRequest">The caller's request type.</typeparam>
internal sealed class ContentOperation<TRequest> : Operation<TRequest, HttpContentHeaders>
{
    private static readonly MediaTypeWithQualityHeaderValue s_any = new("*/*");

    public override MediaTypeWithQualityHeaderValue Accept => s_any;
}
