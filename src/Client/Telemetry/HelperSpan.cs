using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using Oai.Pipeline;

namespace Oai.Telemetry;

/// <summary>The parent span of a helper that makes many calls (waiting for a fine-tuning job, waiting for or running a
/// batch): every call the helper makes opens its own span as a child of this one, so the whole wait is one trace.</summary>
/// <remarks>
/// Kind <see cref="ActivityKind.Internal"/> (its children are the client spans), name = operation name, start tags
/// <c>gen_ai.operation.name</c>, provider, server address and port plus the helper's own. It records no metrics: a
/// wait's length is the job's, not the client's. Errors end it as they end a call's span (<c>error.type</c>, status,
/// exception event); a helper that returns normally ends it unset, whatever state the job it waited for is in.
/// </remarks>
internal sealed class HelperSpan
{
    private readonly Activity? _activity;
    private readonly ServiceEndpoint _endpoint;
    private readonly string _apiKey;

    private HelperSpan(Activity? activity, ClientSettings settings)
    {
        _activity = activity;
        _endpoint = settings.Endpoint;
        _apiKey = settings.ApiKey;
    }

    /// <summary>Runs <paramref name="body"/> under a parent span named <paramref name="operationName"/>.</summary>
    /// <param name="operationName">The documented custom operation name, e.g. <c>fine_tuning.jobs.wait</c>.</param>
    /// <param name="settings">The client's settings (endpoint for the standard attributes, API key for redaction).</param>
    /// <param name="tags">The helper's own start tags (ids it knows up front); <c>openai.*</c> ones are gated.</param>
    /// <param name="body">The helper's work; it may add outcome attributes with <see cref="SetTag"/>.</param>
    /// <param name="cancellationToken">The caller's token, to tell a cancellation from a failure.</param>
    public static async Task<TResult> RunAsync<TResult>(
        string operationName, ClientSettings settings, TagList tags, Func<HelperSpan, Task<TResult>> body, CancellationToken cancellationToken)
    {
        var span = Start(operationName, settings, tags);
        try
        {
            var result = await body(span).ConfigureAwait(false);
            span._activity?.Dispose();
            return result;
        }
        catch (Exception ex)
        {
            if (span._activity is { } activity)
            {
                ErrorTypes.RecordFailure(activity, ErrorTypes.Of(ex, cancellationToken.IsCancellationRequested), ex, settings.ApiKey);
                activity.Dispose();
            }

            throw;
        }
    }

    /// <summary>Sets an outcome attribute (a later value replaces an earlier one); nothing when not recorded. Text
    /// the server sent is quoted as a call's response attributes are: the API key masked, the length bounded.</summary>
    public void SetTag(string name, object? value)
    {
        if (_activity is { IsAllDataRequested: true } activity && OaiTelemetry.Allowed(_endpoint, name))
        {
            activity.SetTag(name, value is string text ? ApiKeyRedactor.Quote(text, _apiKey) : value);
        }
    }

    private static HelperSpan Start(string operationName, ClientSettings settings, TagList own)
    {
        if (!OaiTelemetry.Source.HasListeners())
        {
            return new HelperSpan(null, settings);
        }

        var endpoint = settings.Endpoint;
        var tags = new TagList
        {
            { GenAi.OperationName, operationName },
            { GenAi.ProviderName, endpoint.Provider },
            { GenAi.ServerAddress, endpoint.Address },
            { GenAi.ServerPort, endpoint.PortTag },
        };
        foreach (var tag in own)
        {
            if (OaiTelemetry.Allowed(endpoint, tag.Key))
            {
                tags.Add(tag);
            }
        }

        var activity = OaiTelemetry.Source.StartActivity(operationName, ActivityKind.Internal, default(ActivityContext), TagValues.ToArray(tags));
        return new HelperSpan(activity, settings);
    }
}
