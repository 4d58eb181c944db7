using System;

namespace Oai;

/// <summary>The service answered with a success status but a body that could not be read: not JSON, truncated JSON, or a malformed stream event.</summary>
/// <remarks>The message names what was wrong and quotes a short excerpt; the inner exception is the parser's error.</remarks>
public class OaiInvalidResponseException : OaiException
{
    /// <summary>Initializes a new instance with no message.</summary>
    public OaiInvalidResponseException()
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public OaiInvalidResponseException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The underlying failure.</param>
    public OaiInvalidResponseException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
