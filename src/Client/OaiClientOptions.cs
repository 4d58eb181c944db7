using System;
using System.Collections.Generic;
using System.Net.Http;
using Microsoft.Extensions.Logging;

namespace Oai;

/// <summary>Settings for an <see cref="OaiClient"/>; read and copied once when the client is built.</summary>
/// <remarks>
/// Later changes to this object do not affect a client already built from it. Every value has a default that works
/// against api.openai.com; <see cref="ApiKey"/> and <see cref="BaseUrl"/> fall back to the <c>OPENAI_API_KEY</c> and
/// <c>OPENAI_BASE_URL</c> environment variables.
/// </remarks>
public sealed class OaiClientOptions
{
    /// <summary>The base URL used when neither <see cref="BaseUrl"/> nor <c>OPENAI_BASE_URL</c> is set.</summary>
    public static readonly Uri DefaultBaseUrl = new("https://api.openai.com/v1/");

    /// <summary>Gets or sets the API key sent as <c>Authorization: Bearer</c>; null falls back to <c>OPENAI_API_KEY</c>.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Gets or sets the base URL of the API, with or without a trailing slash; null falls back to <c>OPENAI_BASE_URL</c>, then <see cref="DefaultBaseUrl"/>.</summary>
    /// <remarks>Any OpenAI-compatible server works, for example <c>http://localhost:11434/v1</c>.</remarks>
    public Uri? BaseUrl { get; set; }

    /// <summary>Gets or sets the organization id sent as <c>OpenAI-Organization</c>.</summary>
    public string? Organization { get; set; }

    /// <summary>Gets or sets the project id sent as <c>OpenAI-Project</c>.</summary>
    public string? Project { get; set; }

    /// <summary>Gets or sets how many times a failed attempt is retried (default 2; 0 turns retries off).</summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>Gets or sets the total time a call may take, retries and backoff included (default 10 minutes).</summary>
    /// <remarks>For a stream or a file download it bounds the time until the response headers arrive; from then on
    /// <see cref="StreamIdleTimeout"/> bounds each wait for more data, and the whole read is not limited.</remarks>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Gets or sets the longest a stream or a file download may wait for its next bytes once the headers have
    /// arrived; null (the default) uses <see cref="Timeout"/>, and <see cref="System.Threading.Timeout.InfiniteTimeSpan"/>
    /// waits for ever.</summary>
    /// <remarks>When it elapses the read throws <see cref="OaiTimeoutException"/> and the connection is closed. Only a
    /// silent server trips it: time the caller spends between reads does not count, and any bytes (a keep-alive
    /// comment included) start the wait again.</remarks>
    public TimeSpan? StreamIdleTimeout { get; set; }

    /// <summary>Gets headers added to every request, for example for a gateway in front of the service.</summary>
    public IDictionary<string, string> DefaultHeaders { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets or sets an application name prefixed to the <c>User-Agent</c>, for example <c>my-app/1.2</c>.</summary>
    public string? UserAgentApplicationId { get; set; }

    /// <summary>Gets or sets the innermost HTTP handler; null uses a <see cref="SocketsHttpHandler"/> owned by the client.</summary>
    /// <remarks>
    /// The client puts its retry handler above this one. A handler given here is not disposed by the client. Use it
    /// to route through a proxy or to plug in a test double; to bring a whole <see cref="HttpClient"/>, use the
    /// <see cref="OaiClient(OaiClientOptions, HttpClient)"/> constructor instead.
    /// </remarks>
    public HttpMessageHandler? Transport { get; set; }

    /// <summary>Gets or sets whether prompts and completions are recorded on telemetry; null (the default) reads
    /// <c>OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT</c>, and without it records none.</summary>
    public ContentCaptureMode? ContentCapture { get; set; }

    /// <summary>Gets or sets whether the tools a request offers the model are recorded as <c>gen_ai.tool.definitions</c>
    /// (type, name, description and parameter schema; default false, as they can be large).</summary>
    /// <remarks>Recorded on the span and, when content goes to events, on the content event; cut to
    /// <see cref="MaxCapturedContentLength"/> by dropping parameter schemas, then descriptions, then tools from the end.
    /// Independent of <see cref="ContentCapture"/>: tool definitions are the application's, not the user's.</remarks>
    public bool CaptureToolDefinitions { get; set; }

    /// <summary>Gets or sets the most UTF-8 bytes one captured-content attribute may hold (default 16 KiB); longer
    /// content is cut so the JSON stays valid.</summary>
    public int MaxCapturedContentLength { get; set; } = 16 * 1024;

    /// <summary>Gets or sets the logger factory the client writes the GenAI events to (the
    /// <c>gen_ai.client.inference.operation.details</c> content event and the <c>gen_ai.client.operation.exception</c>
    /// event, as log records correlated with the call's span); null (the default) writes none.</summary>
    /// <remarks>
    /// Wire OpenTelemetry's logging provider into this factory to export the events as OpenTelemetry log records. The
    /// content event is written only when <see cref="ContentCapture"/> asks for events; the exception event whenever
    /// a call fails. Nothing else is logged: no request, response or API key. The client does not dispose the factory.
    /// </remarks>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>Gets or sets the client-side limiter, or null (the default) for none: set
    /// <c>new ClientRateLimitOptions()</c> to keep this client's calls within the account's rate limits (learnt from the
    /// service's <c>x-ratelimit-*</c> headers) and under a concurrency cap, queueing them instead of drawing 429s.</summary>
    public ClientRateLimitOptions? RateLimiting { get; set; }

    /// <summary>Gets or sets the first retry delay, doubled on each retry up to 8 seconds (default 0.5 s).</summary>
    internal TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(0.5);

    /// <summary>Gets or sets the clock used for retry delays and timeouts; tests swap in a fake one.</summary>
    internal TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
