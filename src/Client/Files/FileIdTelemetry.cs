using System.Diagnostics;
using Oai.Telemetry;

namespace Oai.Files;

/// <summary>Span attributes of an operation on one file by id (<c>openai.file.id</c>), and the shared mapping of a
/// <see cref="FileObject"/>; the other file operations derive from it.</summary>
/// <typeparam name="TResult">The operation's response.</typeparam>
internal class FileIdTelemetry<TResult> : OperationTelemetry<string, TResult>
{
    public static readonly FileIdTelemetry<TResult> Instance = new();

    public override void AddRequestTags(string request, ref TagList tags)
    {
        tags.Add(GenAi.OpenAiFileId, request);
    }

    /// <summary>Adds a file's id, purpose and size to the response attributes (never its name, a path or content).</summary>
    public static void ObserveFile(FileObject file, ResponseInfo info, bool includeId)
    {
        if (includeId && file.Id.Length > 0)
        {
            info.Extra.Add(GenAi.OpenAiFileId, file.Id);
        }

        if (file.Purpose.Value is { } purpose)
        {
            info.Extra.Add(GenAi.OpenAiFilePurpose, purpose);
        }

        info.Extra.Add(GenAi.OpenAiFileBytes, file.Bytes);
    }
}
