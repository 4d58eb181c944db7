using System.Net.Http.Headers;
using Oai.Telemetry;

namespace Oai.Files;

/// <summary>Span attributes of <c>files.content</c>: the id asked for and, when the response declares it, the size.</summary>
internal sealed class FileContentTelemetry : FileIdTelemetry<HttpContentHeaders>
{
    public static new readonly FileContentTelemetry Instance = new();

    public override void Observe(HttpContentHeaders result, ResponseInfo info)
    {
        if (result.ContentLength is { } length)
        {
            info.Extra.Add(GenAi.OpenAiFileBytes, length);
        }
    }
}
