using System;
using System.Collections.Concurrent;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Http.Resilience;
using Oai.Telemetry;
using Polly.Timeout;

namespace Oai.Pipeline;

/// <summary>The one request pipeline every endpoint uses: build the request, send it through the resilience handler,
/// turn failures into typed exceptions, parse the typed result or hand back a typed stream.</summary>
/// <remarks>
/// Each kind of operation has its method: <see cref="SendAsync"/> for a <see cref="JsonOperation{TRequest,TResult}"/>,
/// <see cref="OpenStream"/> for a <see cref="StreamOperation{TRequest,TChunk}"/>, <see cref="OpenContentAsync"/> for a
/// <see cref="ContentOperation{TRequest}"/>. Both handler chains are <c>ResilienceHandler (total timeout, retries) ->
/// [ThrottlingHandler] -> BufferingHandler -> transport</c> over one shared transport. Thread-safe: one instance serves every call of a client.
/// </remarks>
internal sealed partial class OaiPipeline : IDisposable
{
    private readonly HttpMessageHandler _transport;

    // Built once per client rather than per call: the header value and the URLs of the fixed paths are immutable.
    private readonly AuthenticationHeaderValue _authorization;
    private readonly ConcurrentDictionary<string, Uri> _urls = new(StringComparer.Ordinal);
    private readonly HttpClient _buffered;
    private readonly HttpClient _streamed;
    private readonly Throttle? _throttle;

    /// <param name="settings">The validated settings.</param>
    /// <param name="transport">The caller's innermost handler, or null.</param>
    /// <param name="clientSource">The caller's <see cref="HttpClient"/> (or a factory's, one per attempt), or null.</param>
    /// <param name="resilience">False when the retries and total timeout are the caller's (a factory client configured
    /// with its own resilience handler): no second layer is stacked on it.</param>
    public OaiPipeline(ClientSettings settings, HttpMessageHandler? transport, Func<HttpClient>? clientSource, bool resilience = true)
    {
        Settings = settings;
        _transport = clientSource is not null
            ? new HttpClientForwarder(clientSource)
            : transport is not null
                ? new NonDisposingHandler(transport)
                : new SocketsHttpHandler
                {
                    PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                    AutomaticDecompression = System.Net.DecompressionMethods.All,
                };

        // Two chains over the one transport: JSON bodies are read inside the retried, timed attempt; streams and
        // downloads are handed over once their headers arrive (only an error body is read inside the attempt).
        _throttle = settings.RateLimiting is { } limits ? new Throttle(limits, settings.TimeProvider) : null;
        _buffered = Chain(settings, _transport, _throttle, bufferSuccess: true, resilience);
        _authorization = new AuthenticationHeaderValue("Bearer", settings.ApiKey);
        _streamed = Chain(settings, _transport, _throttle, bufferSuccess: false, resilience);
    }

    public ClientSettings Settings { get; }

    /// <summary>Sends a request and parses its JSON response.</summary>
    public async Task<TResult> SendAsync<TRequest, TResult>(
        JsonOperation<TRequest, TResult> operation, TRequest request, RequestOptions? options, CancellationToken cancellationToken)
    {
        // The span opens here, above the resilience handler: each HTTP attempt becomes its child.
        var scope = OperationScope<TRequest, TResult>.Start(operation, request, options, Settings, stream: false);
        try
        {
            using var message = CreateMessage(operation, request, options);
            using var response = await SendCoreAsync(_buffered, message, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw await ResponseErrors.FromResponseAsync(response, Settings, cancellationToken).ConfigureAwait(false);
            }

            var result = await ReadJsonAsync(response, operation, cancellationToken).ConfigureAwait(false);
            scope?.OnResponse(result);
            scope?.End(error: null, completed: true, cancelled: false);
            return result;
        }
        catch (Exception ex) when (scope is not null)
        {
            scope.End(ex, completed: false, cancelled: cancellationToken.IsCancellationRequested);
            throw;
        }
    }

    public void Dispose()
    {
        _buffered.Dispose();
        _streamed.Dispose();
        _transport.Dispose();
        _throttle?.Dispose();
    }

    internal HttpRequestMessage CreateMessage<TRequest, TResult>(
        Operation<TRequest, TResult> operation, TRequest request, RequestOptions? options)
    {
        var message = new HttpRequestMessage(operation.Method, Url(operation.Path(request)))
        {
            Content = operation.Content?.Invoke(request),
        };
        var headers = message.Headers;
        headers.Authorization = _authorization;
        headers.Accept.Add(operation.Accept);
        headers.TryAddWithoutValidation("User-Agent", Settings.UserAgent);
        if (Settings.Organization is { } organization)
        {
            headers.TryAddWithoutValidation("OpenAI-Organization", organization);
        }

        if (Settings.Project is { } project)
        {
            headers.TryAddWithoutValidation("OpenAI-Project", project);
        }

        foreach (var (name, value) in Settings.DefaultHeaders)
        {
            SetHeader(message, name, value);
        }

        if (options is not null)
        {
            foreach (var (name, value) in options.Headers)
            {
                SetHeader(message, name, value);
            }
        }

        return message;
    }

    /// <summary>The URL of a path under the base URL; the first few dozen paths (the fixed ones: chat, embeddings...)
    /// are kept, paths with ids in them are built each time once the cache is full.</summary>
    private Uri Url(string path) =>
        _urls.TryGetValue(path, out var url) ? url
        : _urls.Count < 64 ? _urls.GetOrAdd(path, static (p, baseUrl) => new Uri(baseUrl, p), Settings.BaseUrl)
        : new Uri(Settings.BaseUrl, path);

    private static void SetHeader(HttpRequestMessage message, string name, string value)
    {
        if (name.Equals("Authorization", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        message.Headers.Remove(name);
        if (!message.Headers.TryAddWithoutValidation(name, value) && message.Content is { } content)
        {
            content.Headers.Remove(name);
            content.Headers.TryAddWithoutValidation(name, value);
        }
    }

    /// <summary>Sends through the handler chain and maps transport failures to the library's exceptions.</summary>
    internal Task<HttpResponseMessage> SendStreamedAsync(HttpRequestMessage message, CancellationToken cancellationToken) =>
        SendCoreAsync(_streamed, message, cancellationToken);

    /// <summary>One handler chain: <c>ResilienceHandler (total timeout, retries) -> [ThrottlingHandler] -> BufferingHandler -> transport</c>,
    /// leaving the shared transport to the pipeline to dispose.</summary>
    private static HttpClient Chain(ClientSettings settings, HttpMessageHandler transport, Throttle? throttle, bool bufferSuccess, bool resilience)
    {
        HttpMessageHandler chain = new BufferingHandler(bufferSuccess) { InnerHandler = new NonDisposingHandler(transport) };
        if (throttle is not null)
        {
            // Under the retry handler: every attempt, retries included, waits for its place.
            chain = new ThrottlingHandler(throttle) { InnerHandler = chain };
        }

        // Without the client's own resilience (the caller's handlers retry) the total timeout stays: the caller's
        // handlers end once headers arrive, and a JSON body is read here, below them.
        chain = new ResilienceHandler(RetryPolicy.Build(settings, retries: resilience)) { InnerHandler = chain };

        // The resilience pipeline owns the timeout; HttpClient's own 100 s default would cut long generations.
        return new HttpClient(chain, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
    }

    private async Task<HttpResponseMessage> SendCoreAsync(HttpClient http, HttpRequestMessage message, CancellationToken cancellationToken)
    {
        try
        {
            return await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (TimeoutRejectedException ex)
        {
            throw new OaiTimeoutException(
                $"The call to {Describe(message)} did not complete within the client's timeout of {Settings.Timeout}.", ex);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Not the caller's token: a caller-supplied HttpClient's own Timeout fired.
            throw new OaiTimeoutException($"The call to {Describe(message)} timed out in the HTTP client.", ex);
        }
        catch (BodyReadException ex)
        {
            // HttpClient wraps the transport's IOException in "Error while copying content": quote the cause.
            var cause = ex.InnerException is HttpRequestException { InnerException: { } io } ? io : ex.InnerException ?? ex;
            throw new OaiConnectionException(
                $"The response to {Describe(message)} (HTTP {ex.Status}) broke off while its body was read: {ApiKeyRedactor.Quote(cause.Message, Settings.ApiKey)}",
                ResponseErrors.SafeInner(ex.InnerException, Settings.ApiKey));
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            throw new OaiConnectionException(
                $"The call to {Describe(message)} failed before a response arrived: {ApiKeyRedactor.Quote(ex.Message, Settings.ApiKey)}",
                ResponseErrors.SafeInner(ex, Settings.ApiKey));
        }
    }

    private async Task<TResult> ReadJsonAsync<TRequest, TResult>(
        HttpResponseMessage response, JsonOperation<TRequest, TResult> operation, CancellationToken cancellationToken)
    {
        // The BufferingHandler has already read the body, inside the retried and timed attempt.
        if (response.Content is PooledBody pooled)
        {
            try
            {
                if (pooled.Deserialize(operation.ResultType, operation.Reader) is { } parsed)
                {
                    return parsed;
                }
            }
            catch (JsonException)
            {
                // Read again below as a stream, which names the failure's path as it always has.
            }
        }

        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            Exception? failure = null;
            try
            {
                var result = await JsonSerializer.DeserializeAsync(stream, operation.ResultType, cancellationToken)
                    .ConfigureAwait(false);
                if (result is not null)
                {
                    return result;
                }
            }
            catch (JsonException ex)
            {
                failure = ex;
            }

            var body = await ResponseErrors.ReadTextAsync(response.Content, ResponseErrors.ExcerptLength * 4, cancellationToken).ConfigureAwait(false);
            throw ResponseErrors.InvalidBody($"{operation.Name} response", body, failure, Settings.ApiKey);
        }
    }

    internal static string Describe(HttpRequestMessage message) => $"{message.Method} {message.RequestUri?.AbsolutePath}";
}
