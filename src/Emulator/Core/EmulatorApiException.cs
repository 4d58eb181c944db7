using System;
using System.Collections.Generic;

namespace Oai.Emulator.Core;

/// <summary>Thrown by an endpoint to answer with an OpenAI-shaped error body; the router writes it.</summary>
internal sealed class EmulatorApiException : Exception
{
    public EmulatorApiException(int statusCode, ApiError error, IReadOnlyDictionary<string, string>? headers = null)
        : base(error.Message)
    {
        StatusCode = statusCode;
        Error = error;
        Headers = headers;
    }

    public int StatusCode { get; }

    public ApiError Error { get; }

    public IReadOnlyDictionary<string, string>? Headers { get; }
}
