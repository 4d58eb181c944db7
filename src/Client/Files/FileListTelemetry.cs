using System.Diagnostics;
using Oai.Telemetry;

namespace Oai.Files;

/// <summary>Span attributes of one <c>files.list</c> page request: the purpose filter when one is set.</summary>
internal sealed class FileListTelemetry : OperationTelemetry<FileListQuery, ListPage<FileObject>>
{
    public static readonly FileListTelemetry Instance = new();

    public override void AddRequestTags(FileListQuery request, ref TagList tags)
    {
        if (request.Purpose?.Value is { } purpose)
        {
            tags.Add(GenAi.OpenAiFilePurpose, purpose);
        }
    }
}
