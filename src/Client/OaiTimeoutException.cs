using System;

namespace Oai;

/// <summary>The call did not complete within the client's total timeout (<see cref="OaiClientOptions.Timeout"/>), retries included; for a stream, the response headers did not arrive in time.</summary>
/// <remarks>The inner exception is the timeout raised by the resilience pipeline or the HTTP stack.</remarks>
public class OaiTimeoutException : OaiException
{
    /// <summary>Initializes a new instance with no message.</summary>
    public OaiTimeoutException()
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public OaiTimeoutException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The underlying failure.</param>
    public OaiTimeoutException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
