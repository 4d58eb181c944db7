using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;

namespace Oai;

/// <summary>A streamed response: <c>await foreach</c> over its chunks, then read its headers and request id.</summary>
/// <typeparam name="T">The chunk record.</typeparam>
/// <remarks>
/// <para>Nothing is sent until enumeration starts: the request goes out on the first <c>MoveNextAsync</c>, and HTTP
/// errors (<see cref="OaiApiException"/>), timeouts and connection failures surface there. A stream can be
/// enumerated once.</para>
/// <para>The enumerator owns the HTTP response: reading to the end, an exception, cancellation or leaving the loop
/// early (<c>break</c>, disposal) closes the connection at once. A connection that ends before the service's
/// <c>[DONE]</c> event throws <see cref="OaiStreamException"/>; an <c>error</c> event throws
/// <see cref="OaiApiException"/>, as an HTTP error would; a server silent for <see cref="OaiClientOptions.StreamIdleTimeout"/>
/// throws <see cref="OaiTimeoutException"/>. Nothing is retried once the body has started.</para>
/// </remarks>
/// <example>
/// <code>
/// var stream = client.Chat.Completions.CreateStreamAsync(request);
/// await foreach (var chunk in stream) { if (chunk.TryGetText(out var text)) Console.Write(text); }
/// Console.WriteLine($"request id: {stream.RequestId}");
/// </code>
/// </example>
public class OaiStream<T> : IAsyncEnumerable<T>
{
    /// <summary>Initializes a stream, for the client and for test doubles that override the members.</summary>
    protected OaiStream()
    {
    }

    /// <summary>Gets the response headers; null until the first <c>MoveNextAsync</c> has received them.</summary>
    public virtual HttpResponseHeaders? ResponseHeaders { get; protected set; }

    /// <summary>Gets the <c>x-request-id</c> header; null until the headers have arrived.</summary>
    public virtual string? RequestId => OaiApiException.ReadHeader(ResponseHeaders, "x-request-id");

    /// <summary>Starts the request and returns the enumerator over its chunks.</summary>
    /// <param name="cancellationToken">Cancels the request and the reading of the stream.</param>
    /// <returns>The enumerator; dispose it (as <c>await foreach</c> does) to close the connection.</returns>
    /// <exception cref="InvalidOperationException">The stream was already enumerated.</exception>
    public virtual IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("This stream has no source.");
}
