namespace Oai.IntegrationTests.Servers;

/// <summary>How a scripted stream ends.</summary>
public enum StreamEnd
{
    /// <summary>With <c>data: [DONE]</c> and a clean close.</summary>
    Done,

    /// <summary>With the connection reset.</summary>
    Abort,
}
