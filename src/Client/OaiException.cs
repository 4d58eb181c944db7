using System;

namespace Oai;

/// <summary>The base of every exception this library throws for a failed call.</summary>
/// <remarks>
/// Catch this to handle every failure of a call in one place; catch a subtype to branch on what went wrong:
/// <see cref="OaiApiException"/> (the service answered with an error), <see cref="OaiTimeoutException"/>,
/// <see cref="OaiConnectionException"/>, <see cref="OaiStreamException"/> and <see cref="OaiInvalidResponseException"/>.
/// Cancellation through the caller's token is not wrapped: it surfaces as <see cref="OperationCanceledException"/>.
/// No message built by this library contains the API key.
/// </remarks>
public class OaiException : Exception
{
    /// <summary>Initializes a new instance with no message.</summary>
    public OaiException()
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public OaiException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The underlying failure.</param>
    public OaiException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
