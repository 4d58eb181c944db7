using System;
using System.Collections.Frozen;
using System.Diagnostics;
using System.Globalization;
using Oai.Pipeline;

namespace Oai.Telemetry;

/// <summary>Maps a failure to its low-cardinality <c>error.type</c> and to an exception event that carries no prompt
/// text and no API key.</summary>
internal static class ErrorTypes
{
    /// <summary>The most characters of an exception message a span quotes.</summary>
    private const int MaxMessage = 1024;

    /// <summary>The error types OpenAI documents. An <c>error</c> event inside a 200 stream has no telling status, so
    /// its type becomes <c>error.type</c>, but only one of these: a value a server invents is not low-cardinality.</summary>
    private static readonly FrozenSet<string> s_knownServiceErrorTypes = FrozenSet.Create(
        StringComparer.Ordinal,
        "invalid_request_error",
        "authentication_error",
        "permission_error",
        "not_found_error",
        "conflict_error",
        "unprocessable_entity_error",
        "rate_limit_error",
        "insufficient_quota",
        "server_error",
        "api_error");

    public static string Of(Exception error, bool cancelled)
    {
        return error switch
        {
            OperationCanceledException when cancelled => GenAi.ErrorCancelled,
            OaiApiException { StatusCode: >= System.Net.HttpStatusCode.OK and < System.Net.HttpStatusCode.Ambiguous } api =>
                api.ErrorType is { } type && s_knownServiceErrorTypes.Contains(type) ? type : GenAi.ErrorOther,
            OaiApiException api => ((int)api.StatusCode).ToString(CultureInfo.InvariantCulture),
            _ => error.GetType().FullName ?? GenAi.ErrorOther,
        };
    }

    /// <summary>A description safe for telemetry: for API errors only the structured fields (each redacted and cut
    /// to a bounded length), never the service's free text (which may quote the request); for unreadable bodies no
    /// excerpt.</summary>
    public static string SafeMessage(Exception error, string? apiKey = null)
    {
        return error switch
        {
            OaiApiException api => string.Create(
                CultureInfo.InvariantCulture,
                $"HTTP {(int)api.StatusCode} {Quote(api.ErrorType)} {Quote(api.Code)}{(api.RequestId is null ? string.Empty : $" (request id {Quote(api.RequestId)})")}").Trim(),
            OaiInvalidResponseException invalid => ApiKeyRedactor.Quote(invalid.Message.Split(" Body starts:", 2)[0], apiKey, MaxMessage),
            _ => ApiKeyRedactor.Quote(error.Message, apiKey, MaxMessage),
        };
    }

    /// <summary>The conventions' <c>exception</c> event, built from <see cref="SafeMessage"/>.</summary>
    public static ActivityEvent ExceptionEvent(Exception error, string? apiKey = null)
    {
        var tags = new ActivityTagsCollection
        {
            { "exception.type", error.GetType().FullName },
            { "exception.message", SafeMessage(error, apiKey) },
        };
        if (error.StackTrace is { } stack)
        {
            tags.Add("exception.stacktrace", stack);
        }

        return new ActivityEvent("exception", tags: tags);
    }

    /// <summary>Marks a span failed: its <c>error.type</c>, status Error with a safe description, and the exception
    /// event when an exception ended it (none for an early end of a stream, which threw nothing).</summary>
    public static void RecordFailure(Activity activity, string errorType, Exception? error, string apiKey)
    {
        activity.SetTag(GenAi.ErrorType, errorType);
        activity.SetStatus(ActivityStatusCode.Error, error is null ? errorType : SafeMessage(error, apiKey));
        if (error is not null)
        {
            activity.AddEvent(ExceptionEvent(error, apiKey));
        }
    }

    private static string? Quote(string? value) => value is null ? null : ApiKeyRedactor.Quote(value);
}
