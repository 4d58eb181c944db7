using System;
using System.Collections.Generic;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Oai.Pipeline;

namespace Oai.Telemetry;

/// <summary>Where captured content goes besides span attributes.</summary>
internal enum ContentEvent
{
    /// <summary>Nowhere.</summary>
    None,

    /// <summary>A <c>gen_ai.client.inference.operation.details</c> log record (a logger factory was given).</summary>
    Log,

    /// <summary>A span event of that name: the behaviour before log records, kept when no logger factory was given.</summary>
    SpanEvent,
}

/// <summary>The conventions' events, written as log records through <see cref="ILogger"/> (OpenTelemetry exports a
/// log record with an event id name as an event) in the context of the call's span, so they carry its trace and span
/// ids.</summary>
internal sealed partial class OperationScope<TRequest, TResult>
{
    private static readonly EventId s_contentEventId = new(1, GenAi.ContentEventName);
    private static readonly EventId s_exceptionEventId = new(2, GenAi.ExceptionEventName);

    private static readonly Func<List<KeyValuePair<string, object?>>, Exception?, string> s_formatContent = (_, _) => GenAi.ContentEventName;
    private static readonly Func<List<KeyValuePair<string, object?>>, Exception?, string> s_formatException = (_, _) => GenAi.ExceptionEventName;

    private List<KeyValuePair<string, object?>>? _eventContent;

    /// <summary>Whether a call needs a scope for its events alone, when no span or metric listens.</summary>
    private static bool EventsEnabled(ClientSettings settings) =>
        settings.EventLogger is { } logger
        && (logger.IsEnabled(LogLevel.Warning)
            || (settings.ContentCapture is ContentCaptureMode.Event or ContentCaptureMode.SpanAndEvent && logger.IsEnabled(LogLevel.Information)));

    private void WriteEvents(Exception? error)
    {
        var logger = _logger;
        var exception = logger is not null && error is not null && ErrorType != GenAi.ErrorCancelled && logger.IsEnabled(LogLevel.Warning);
        if (logger is null || (_contentEvent != ContentEvent.Log && !exception))
        {
            return;
        }

        // The log record takes its trace context from Activity.Current: make it this call's span, whatever the caller's
        // async flow holds (a stream's span was started in an earlier MoveNextAsync).
        var previous = Activity.Current;
        if (Activity is not null)
        {
            Activity.Current = Activity;
        }

        try
        {
            if (_contentEvent == ContentEvent.Log)
            {
                var attributes = CommonEventAttributes();
                AddResponseAttributes(attributes);
                if (_eventContent is not null)
                {
                    attributes.AddRange(_eventContent);
                }

                logger.Log(LogLevel.Information, s_contentEventId, attributes, null, s_formatContent);
            }

            if (exception)
            {
                // The exception object is not handed to the logger: its message may quote the service's text (and so
                // the prompt); the attributes carry the same safe description the span's exception event does.
                var attributes = CommonEventAttributes();
                attributes.Add(new("exception.type", error!.GetType().FullName));
                attributes.Add(new("exception.message", ErrorTypes.SafeMessage(error, _apiKey)));
                if (error.StackTrace is { } stack)
                {
                    attributes.Add(new("exception.stacktrace", stack));
                }

                logger.Log(LogLevel.Warning, s_exceptionEventId, attributes, null, s_formatException);
            }
        }
        catch (Exception ex) when (MappingFailed(_operation.Name, ex))
        {
        }
        finally
        {
            Activity.Current = previous;
        }
    }

    private List<KeyValuePair<string, object?>> CommonEventAttributes()
    {
        var attributes = new List<KeyValuePair<string, object?>>(16)
        {
            new(GenAi.OperationName, OperationName),
            new(GenAi.ProviderName, Endpoint.Provider),
            new(GenAi.ServerAddress, Endpoint.Address),
            new(GenAi.ServerPort, Endpoint.Port),
        };
        if (RequestModel is not null)
        {
            attributes.Add(new(GenAi.RequestModel, RequestModel));
        }

        if (ErrorType is not null)
        {
            attributes.Add(new(GenAi.ErrorType, ErrorType));
        }

        return attributes;
    }

    private void AddResponseAttributes(List<KeyValuePair<string, object?>> attributes)
    {
        var info = Info;
        if (info.Id is not null)
        {
            attributes.Add(new(GenAi.ResponseId, info.Id));
        }

        if (info.Model is not null)
        {
            attributes.Add(new(GenAi.ResponseModel, info.Model));
        }

        if (info.ChoiceCount > 0)
        {
            attributes.Add(new(GenAi.ResponseFinishReasons, info.FinishReasons()));
        }

        if (info.InputTokens is { } input)
        {
            attributes.Add(new(GenAi.UsageInputTokens, input));
        }

        if (info.OutputTokens is { } output)
        {
            attributes.Add(new(GenAi.UsageOutputTokens, output));
        }
    }
}
