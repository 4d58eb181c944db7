using System;
using System.Diagnostics;
using System.Globalization;
using Oai.Pipeline;

namespace Oai.Telemetry;

/// <summary>Maps a failure to its low-cardinality <c>error.type</c> and to an exception event that carries no prompt
/// text and no API key.</summary>
internal static class ErrorTypes
{
    public static string Of(Exception error, bool cancelled)
    {
        return error switch
        {
            OperationCanceledException when cancelled => GenAi.ErrorCancelled,
            // An error event inside a 200 stream has no telling status: its error type says more.
            OaiApiException { StatusCode: >= System.Net.HttpStatusCode.OK and < System.Net.HttpStatusCode.Ambiguous } api =>
                api.ErrorType is { Length: > 0 and <= 64 } type ? type : GenAi.ErrorOther,
            OaiApiException api => ((int)api.StatusCode).ToString(CultureInfo.InvariantCulture),
            _ => error.GetType().FullName ?? GenAi.ErrorOther,
        };
    }

    /// <summary>A description safe for telemetry: for API errors only the structured fields, never the service's
    /// free text (which may quote the request); for unreadable bodies no excerpt.</summary>
    public static string SafeMessage(Exception error)
    {
        return error switch
        {
            OaiApiException api => string.Create(
                CultureInfo.InvariantCulture,
                $"HTTP {(int)api.StatusCode} {api.ErrorType} {api.Code}{(api.RequestId is null ? string.Empty : $" (request id {api.RequestId})")}").Trim(),
            OaiInvalidResponseException invalid => invalid.Message.Split(" Body starts:", 2)[0],
            _ => ApiKeyRedactor.Redact(error.Message),
        };
    }

    /// <summary>The conventions' <c>exception</c> event, built from <see cref="SafeMessage"/>.</summary>
    public static ActivityEvent ExceptionEvent(Exception error)
    {
        var tags = new ActivityTagsCollection
        {
            { "exception.type", error.GetType().FullName },
            { "exception.message", SafeMessage(error) },
        };
        if (error.StackTrace is { } stack)
        {
            tags.Add("exception.stacktrace", stack);
        }

        return new ActivityEvent("exception", tags: tags);
    }
}
