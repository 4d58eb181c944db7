using System;

namespace Oai;

/// <summary>The service could not be reached or the connection failed before a response arrived (DNS, refused or reset connections, TLS), after any retries.</summary>
/// <remarks>The inner exception is the transport failure, typically an <see cref="System.Net.Http.HttpRequestException"/>.</remarks>
public class OaiConnectionException : OaiException
{
    /// <summary>Initializes a new instance with no message.</summary>
    public OaiConnectionException()
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public OaiConnectionException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The underlying failure.</param>
    public OaiConnectionException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
