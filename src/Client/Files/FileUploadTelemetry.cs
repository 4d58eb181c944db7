using System.Diagnostics;
using Oai.Telemetry;

namespace Oai.Files;

/// <summary>Span attributes of <c>files.create</c>: the purpose, then the new file's id and size. Neither the file's
/// content nor its name or local path are recorded.</summary>
internal sealed class FileUploadTelemetry : OperationTelemetry<FileUpload, FileObject>
{
    public static readonly FileUploadTelemetry Instance = new();

    public override void AddRequestTags(FileUpload request, ref TagList tags)
    {
        tags.Add(GenAi.OpenAiFilePurpose, request.Purpose.Value);
    }

    public override void Observe(FileObject result, ResponseInfo info) =>
        FileIdTelemetry<FileObject>.ObserveFile(result, info, includeId: true);
}
