using System;

namespace Oai;

/// <summary>A streamed response broke off: the connection ended or failed before the <c>[DONE]</c> event.</summary>
/// <remarks>Chunks already yielded stay valid; nothing is retried once the body has started. The inner exception, when present, is the transport failure.</remarks>
public class OaiStreamException : OaiException
{
    /// <summary>Initializes a new instance with no message.</summary>
    public OaiStreamException()
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public OaiStreamException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The underlying failure.</param>
    public OaiStreamException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
