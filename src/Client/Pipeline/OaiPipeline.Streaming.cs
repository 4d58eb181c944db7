using System.Threading;

namespace Oai.Pipeline;

internal sealed partial class OaiPipeline
{
    /// <summary>Returns a stream that sends the request when enumeration starts.</summary>
    public OaiStream<TResult> OpenStream<TRequest, TResult>(
        StreamOperation<TRequest, TResult> operation, TRequest request, RequestOptions? options, CancellationToken cancellationToken)
        where TResult : class =>
        new PipelineStream<TRequest, TResult>(this, operation, request, options, cancellationToken);

    /// <summary>How a streamed body describes its failures, with the client's idle timeout and key.</summary>
    internal ContentStream.Settings BodySettings(string subject, string beforeEnd) =>
        new(subject, beforeEnd, Settings.StreamIdleTimeout, Settings.TimeProvider, Settings.ApiKey);
}
