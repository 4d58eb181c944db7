using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using Microsoft.Extensions.Logging;

namespace Oai.Pipeline;

/// <summary>The validated, immutable snapshot of <see cref="OaiClientOptions"/> a client runs with.</summary>
internal sealed class ClientSettings
{
    private ClientSettings(string apiKey, Uri baseUrl, OaiClientOptions options)
    {
        ApiKey = apiKey;
        BaseUrl = baseUrl;
        Organization = options.Organization;
        Project = options.Project;
        MaxRetries = options.MaxRetries;
        Timeout = options.Timeout;
        StreamIdleTimeout = options.StreamIdleTimeout ?? options.Timeout;
        RetryBaseDelay = options.RetryBaseDelay;
        TimeProvider = options.TimeProvider;
        DefaultHeaders = options.DefaultHeaders.ToArray();
        UserAgent = BuildUserAgent(options.UserAgentApplicationId);
        ContentCapture = options.ContentCapture ?? ContentCaptureFromEnvironment();
        MaxCapturedContentLength = options.MaxCapturedContentLength;
        CaptureToolDefinitions = options.CaptureToolDefinitions;
        EventLogger = options.LoggerFactory?.CreateLogger(Telemetry.OaiTelemetry.Name);
        Endpoint = Telemetry.ServiceEndpoint.From(baseUrl);
        RateLimiting = options.RateLimiting is { } limits
            ? new ClientRateLimitOptions { MaxConcurrentRequests = limits.MaxConcurrentRequests, RequestsPerMinute = limits.RequestsPerMinute, TokensPerMinute = limits.TokensPerMinute }
            : null;
    }

    /// <summary>Gets a copy of the client-side limiter's settings, or null when it is off.</summary>
    public ClientRateLimitOptions? RateLimiting { get; }

    /// <summary>Gets the library's version, as stamped on the assembly.</summary>
    public static string LibraryVersion { get; } =
        typeof(ClientSettings).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? "0.0.0";

    public string ApiKey { get; }

    public Uri BaseUrl { get; }

    public string? Organization { get; }

    public string? Project { get; }

    public int MaxRetries { get; }

    public TimeSpan Timeout { get; }

    /// <summary>Gets the longest wait for a streamed body's next bytes, or <see cref="System.Threading.Timeout.InfiniteTimeSpan"/>.</summary>
    public TimeSpan StreamIdleTimeout { get; }

    public TimeSpan RetryBaseDelay { get; }

    public TimeProvider TimeProvider { get; }

    public IReadOnlyList<KeyValuePair<string, string>> DefaultHeaders { get; }

    public string UserAgent { get; }

    public ContentCaptureMode ContentCapture { get; }

    public int MaxCapturedContentLength { get; }

    public bool CaptureToolDefinitions { get; }

    /// <summary>Gets the logger the GenAI events go to (category <c>Oai.Client</c>), or null when no factory was given.</summary>
    public ILogger? EventLogger { get; }

    public Telemetry.ServiceEndpoint Endpoint { get; }

    /// <summary>Reads <c>OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT</c>; anything unrecognised means no content.</summary>
    public static ContentCaptureMode ContentCaptureFromEnvironment()
    {
        var value = Environment.GetEnvironmentVariable("OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT")?.Trim();
        return value?.ToUpperInvariant() switch
        {
            "TRUE" or "SPAN_ONLY" => ContentCaptureMode.SpanAttributes,
            "EVENT_ONLY" => ContentCaptureMode.Event,
            "SPAN_AND_EVENT" => ContentCaptureMode.SpanAndEvent,
            _ => ContentCaptureMode.None,
        };
    }

    /// <summary>Validates the options, applies the fallbacks and copies every value.</summary>
    /// <param name="options">The options.</param>
    /// <param name="httpClientBaseAddress">The <see cref="System.Net.Http.HttpClient.BaseAddress"/> of the caller's
    /// client: the base URL when <see cref="OaiClientOptions.BaseUrl"/> is not set (before <c>OPENAI_BASE_URL</c>).</param>
    /// <exception cref="ArgumentException">A value is missing or out of range; the message names it.</exception>
    public static ClientSettings From(OaiClientOptions options, Uri? httpClientBaseAddress = null)
    {
        ArgumentNullException.ThrowIfNull(options);

        var apiKey = options.ApiKey ?? Environment.GetEnvironmentVariable("OPENAI_API_KEY");
        if (string.IsNullOrWhiteSpace(apiKey))
        {
            throw new ArgumentException(
                "An API key is required: set OaiClientOptions.ApiKey or the OPENAI_API_KEY environment variable.",
                nameof(options));
        }

        if (apiKey.AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            throw new ArgumentException("The API key contains a line break.", nameof(options));
        }

        var baseUrl = options.BaseUrl ?? httpClientBaseAddress;
        if (baseUrl is null && Environment.GetEnvironmentVariable("OPENAI_BASE_URL") is { Length: > 0 } fromEnv)
        {
            if (!Uri.TryCreate(fromEnv, UriKind.Absolute, out baseUrl))
            {
                throw new ArgumentException($"OPENAI_BASE_URL is not an absolute URL: '{fromEnv}'.", nameof(options));
            }
        }

        baseUrl ??= OaiClientOptions.DefaultBaseUrl;
        if (!baseUrl.IsAbsoluteUri || (baseUrl.Scheme != Uri.UriSchemeHttps && baseUrl.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException($"The base URL must be an absolute http or https URL: '{baseUrl}'.", nameof(options));
        }

        if (options.MaxRetries is < 0 or > 10)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"MaxRetries must be between 0 and 10, not {options.MaxRetries}."),
                nameof(options));
        }

        if ((options.Timeout < TimeSpan.FromMilliseconds(10) || options.Timeout > TimeSpan.FromDays(1))
            && options.Timeout != System.Threading.Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentException("Timeout must be between 10 ms and 1 day, or Timeout.InfiniteTimeSpan.", nameof(options));
        }

        if (options.StreamIdleTimeout is { } idle && (idle < TimeSpan.FromMilliseconds(10) || idle > TimeSpan.FromDays(1))
            && idle != System.Threading.Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentException("StreamIdleTimeout must be between 10 ms and 1 day, or Timeout.InfiniteTimeSpan.", nameof(options));
        }

        options.RateLimiting?.Validate();
        if (options.MaxCapturedContentLength < 256)
        {
            throw new ArgumentException("MaxCapturedContentLength must be at least 256 bytes.", nameof(options));
        }

        if (options.ContentCapture is { } capture && !Enum.IsDefined(capture))
        {
            throw new ArgumentException($"ContentCapture has no value {(int)capture}.", nameof(options));
        }

        foreach (var (name, value) in options.DefaultHeaders)
        {
            if (string.IsNullOrWhiteSpace(name) || value is null)
            {
                throw new ArgumentException("DefaultHeaders holds an empty header name or a null value.", nameof(options));
            }

            if (name.Equals("Authorization", StringComparison.OrdinalIgnoreCase))
            {
                throw new ArgumentException("Set the API key through ApiKey, not as an Authorization default header.", nameof(options));
            }
        }

        // Relative paths ("chat/completions") resolve under the base only when it ends in a slash.
        var normalized = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
        return new ClientSettings(apiKey, normalized, options);
    }

    private static string BuildUserAgent(string? applicationId)
    {
        var runtime = Environment.Version.ToString(2);
        var platform = System.Runtime.InteropServices.RuntimeInformation.OSDescription;
        var core = string.Create(CultureInfo.InvariantCulture, $"OaiClient/{LibraryVersion} (.NET {runtime}; {platform})");
        return string.IsNullOrWhiteSpace(applicationId) ? core : $"{applicationId} {core}";
    }
}
