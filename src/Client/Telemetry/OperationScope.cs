using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.Extensions.Logging;
using Oai.Pipeline;

namespace Oai.Telemetry;

/// <summary>One traced call: its span, its timings and its metrics. Created by the pipeline only when someone
/// listens, ended exactly once whatever happens.</summary>
/// <typeparam name="TRequest">The operation's request type.</typeparam>
/// <typeparam name="TResult">The response record, a stream's chunk record, or a download's content headers.</typeparam>
internal sealed partial class OperationScope<TRequest, TResult>
{
    private readonly Operation<TRequest, TResult> _operation;
    private readonly long _startTimestamp = Stopwatch.GetTimestamp();
    private readonly int _maxContentLength;
    private readonly string _apiKey;
    private readonly ILogger? _logger;
    private readonly bool _spanContent;
    private readonly ContentEvent _contentEvent;
    private long _firstChunkTimestamp;
    private long _lastChunkTimestamp;
    private List<double>? _chunkGaps;
    private int _ended;
    private bool _callerAttributes;

    // Captured output content: the whole response, or a stream's fold of its chunks.
    private IContentFold<TResult>? _streamContent;
    private TResult? _response;
    private bool _hasResponse;

    private OperationScope(
        Operation<TRequest, TResult> operation, string? requestModel, ServiceEndpoint endpoint, Activity? activity, ContentCaptureMode capture, ClientSettings settings)
    {
        _operation = operation;
        _apiKey = settings.ApiKey;
        _logger = settings.EventLogger;
        OperationName = operation.Name;
        RequestModel = requestModel;
        Endpoint = endpoint;
        Activity = activity;
        _maxContentLength = settings.MaxCapturedContentLength;

        var recorded = activity is { IsAllDataRequested: true };
        _spanContent = recorded && capture is ContentCaptureMode.SpanAttributes or ContentCaptureMode.SpanAndEvent;
        _contentEvent = capture is not (ContentCaptureMode.Event or ContentCaptureMode.SpanAndEvent) ? ContentEvent.None
            : _logger is null ? (recorded ? ContentEvent.SpanEvent : ContentEvent.None)
            : _logger.IsEnabled(LogLevel.Information) ? ContentEvent.Log
            : ContentEvent.None;
        Capture = _spanContent || _contentEvent != ContentEvent.None ? capture : ContentCaptureMode.None;
    }

    public string OperationName { get; }

    public string? RequestModel { get; }

    public ServiceEndpoint Endpoint { get; }

    public Activity? Activity { get; }

    public ContentCaptureMode Capture { get; }

    public ResponseInfo Info { get; } = new();

    public string? ErrorType { get; private set; }

    /// <summary>Starts the call's span with every request attribute as a start tag; null when nobody listens.</summary>
    public static OperationScope<TRequest, TResult>? Start(
        Operation<TRequest, TResult> operation, TRequest request, RequestOptions? options, ClientSettings settings, bool stream)
    {
        if (!OaiTelemetry.Enabled && !EventsEnabled(settings))
        {
            return null;
        }

        var telemetry = operation.Telemetry;
        string? model = null;
        try
        {
            model = telemetry?.RequestModel?.Invoke(request);
        }
        catch (Exception ex) when (MappingFailed(operation.Name, ex))
        {
        }

        var endpoint = settings.Endpoint;
        Activity? activity = null;
        if (OaiTelemetry.Source.HasListeners())
        {
            var tags = new TagList
            {
                { GenAi.OperationName, operation.Name },
                { GenAi.ProviderName, endpoint.Provider },
                { GenAi.ServerAddress, endpoint.Address },
                { GenAi.ServerPort, endpoint.PortTag },
            };
            if (model is not null)
            {
                tags.Add(GenAi.RequestModel, model);
            }

            if (stream)
            {
                tags.Add(GenAi.RequestStream, true);
            }

            try
            {
                telemetry?.RequestTags?.Invoke(request, ref tags);
                for (var i = tags.Count - 1; i >= 0; i--)
                {
                    if (!OaiTelemetry.Allowed(endpoint, tags[i].Key))
                    {
                        tags.RemoveAt(i);
                    }
                }
            }
            catch (Exception ex) when (MappingFailed(operation.Name, ex))
            {
            }

            if (options is not null)
            {
                foreach (var attribute in options.SpanAttributes)
                {
                    tags.Add(attribute.Key, attribute.Value);
                }
            }

            activity = OaiTelemetry.Source.StartActivity(SpanName(operation, model, options?.SpanNameSuffix), ActivityKind.Client, default(ActivityContext), TagValues.ToArray(tags));
        }

        var scope = new OperationScope<TRequest, TResult>(operation, model, endpoint, activity, settings.ContentCapture, settings)
        {
            _callerAttributes = options is { SpanAttributes.Count: > 0 },
        };
        try
        {
            if (scope.Capture != ContentCaptureMode.None)
            {
                if (telemetry?.SystemInstructions?.Invoke(request, scope._maxContentLength) is { } instructions)
                {
                    scope.Record(GenAi.SystemInstructions, instructions);
                }

                if (telemetry?.InputMessages?.Invoke(request, scope._maxContentLength) is { } input)
                {
                    scope.Record(GenAi.InputMessages, input);
                }
            }

            if (settings.CaptureToolDefinitions && (activity is { IsAllDataRequested: true } || scope._contentEvent == ContentEvent.Log)
                && telemetry?.ToolDefinitions?.Invoke(request, scope._maxContentLength) is { } tools)
            {
                scope.RecordToolDefinitions(tools);
            }

            if (stream)
            {
                telemetry?.BeginStream?.Invoke(request, scope.Info);
                if (scope.Capture != ContentCaptureMode.None)
                {
                    scope._streamContent = telemetry?.StreamContent?.Invoke(request);
                }
            }
        }
        catch (Exception ex) when (MappingFailed(operation.Name, ex))
        {
        }

        return scope;
    }

    /// <summary>Folds a whole response into the scope.</summary>
    public void OnResponse(TResult result)
    {
        try
        {
            _operation.Telemetry?.Response?.Invoke(result, Info);
        }
        catch (Exception ex) when (MappingFailed(_operation.Name, ex))
        {
        }

        if (Capture != ContentCaptureMode.None)
        {
            (_response, _hasResponse) = (result, true);
        }
    }

    /// <summary>Folds one stream chunk into the scope, timed when its bytes were parsed off the network.</summary>
    public void OnChunk(TResult chunk, long arrivalTimestamp)
    {
        if (IsOutput(chunk))
        {
            Time(arrivalTimestamp);
        }

        try
        {
            _operation.Telemetry?.Response?.Invoke(chunk, Info);
            _streamContent?.Append(chunk);
        }
        catch (Exception ex) when (MappingFailed(_operation.Name, ex))
        {
        }
    }

    private bool IsOutput(TResult chunk)
    {
        try
        {
            return _operation.Telemetry?.IsOutputChunk?.Invoke(chunk) ?? true;
        }
        catch (Exception ex) when (MappingFailed(_operation.Name, ex))
        {
            return false;
        }
    }

    private void Time(long arrivalTimestamp)
    {
        if (_firstChunkTimestamp == 0)
        {
            _firstChunkTimestamp = arrivalTimestamp;
        }
        else
        {
            (_chunkGaps ??= []).Add(Stopwatch.GetElapsedTime(_lastChunkTimestamp, arrivalTimestamp).TotalSeconds);
        }

        _lastChunkTimestamp = arrivalTimestamp;
    }

    /// <summary>Ends the call: success when <paramref name="completed"/> and no error; otherwise an error with its
    /// <c>error.type</c>. Only the first call has any effect.</summary>
    public void End(Exception? error, bool completed, bool cancelled)
    {
        if (Interlocked.Exchange(ref _ended, 1) != 0)
        {
            return;
        }

        var duration = Stopwatch.GetElapsedTime(_startTimestamp).TotalSeconds;

        // Everything below writes what the server sent (ids, model, tiers, custom attributes) to spans and metrics.
        Info.Redact(_apiKey);
        ErrorType = error is not null ? ErrorTypes.Of(error, cancelled)
            : completed ? null
            : cancelled ? GenAi.ErrorCancelled : GenAi.ErrorStreamClosedEarly;

        try
        {
            if (Activity is { IsAllDataRequested: true } recorded)
            {
                WriteResponseTags(recorded);
            }

            if (Capture != ContentCaptureMode.None && OutputMessages() is { } output)
            {
                Record(GenAi.OutputMessages, output);
            }
        }
        catch (Exception ex) when (MappingFailed(_operation.Name, ex))
        {
        }

        if (Activity is { } activity && ErrorType is not null)
        {
            ErrorTypes.RecordFailure(activity, ErrorType, error, _apiKey);
        }

        WriteEvents(error);
        Activity?.Dispose();
        RecordMetrics(duration);
    }

    /// <summary>The captured output content: a stream's fold, or the whole response's mapping; null without capture.</summary>
    private string? OutputMessages() =>
        _streamContent is not null ? _streamContent.OutputMessages(_maxContentLength)
        : _hasResponse ? _operation.Telemetry?.OutputMessages?.Invoke(_response!, _maxContentLength)
        : null;

    /// <summary>Exception filter for an endpoint's telemetry mapping: telemetry must never change what the caller
    /// gets, so a failure there is reported to <see cref="OaiEventSource"/> and the call goes on.</summary>
    private static bool MappingFailed(string operation, Exception ex, [CallerMemberName] string step = "")
    {
        if (ex is OutOfMemoryException)
        {
            return false;
        }

        OaiEventSource.Log.TelemetryMappingFailed(operation, step, ex.GetType().FullName ?? ex.GetType().Name);
        return true;
    }

    private static string SpanName(Operation<TRequest, TResult> operation, string? model, string? suffix)
    {
        var name = operation.SpanName(model);
        return string.IsNullOrWhiteSpace(suffix) ? name : $"{name} {suffix}";
    }
}
