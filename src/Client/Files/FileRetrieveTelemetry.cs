using Oai.Telemetry;

namespace Oai.Files;

/// <summary>Span attributes of <c>files.retrieve</c>: the id asked for, then the file's purpose and size.</summary>
internal sealed class FileRetrieveTelemetry : FileIdTelemetry<FileObject>
{
    public static new readonly FileRetrieveTelemetry Instance = new();

    public override void Observe(FileObject result, ResponseInfo info) =>
        ObserveFile(result, info, includeId: false);
}
