using System.Diagnostics;
using System.Net.Http.Headers;
using Oai.Telemetry;

namespace Oai.Files;

/// <summary>What a Files call contributes to its span: the file's id, purpose and size, never its name, a local path
/// or its content. The functions the Files operations list in their <see cref="OperationTelemetry{TRequest,TResult}"/>.</summary>
internal static class FilesTelemetry
{
    /// <summary>The id asked for (<c>openai.file.id</c>).</summary>
    public static void FileId(string fileId, ref TagList tags) => tags.Add(GenAi.OpenAiFileId, fileId);

    /// <summary>The purpose of an upload.</summary>
    public static void Upload(FileUpload upload, ref TagList tags) => tags.Add(GenAi.OpenAiFilePurpose, upload.Purpose.Value);

    /// <summary>The purpose filter of a listing, when one is set.</summary>
    public static void List(FileListQuery query, ref TagList tags)
    {
        if (query.Purpose?.Value is { } purpose)
        {
            tags.Add(GenAi.OpenAiFilePurpose, purpose);
        }
    }

    /// <summary>A new file: its id, purpose and size.</summary>
    public static void Created(FileObject file, ResponseInfo info) => File(file, info, includeId: true);

    /// <summary>A retrieved file: its purpose and size (the id was a start tag).</summary>
    public static void Retrieved(FileObject file, ResponseInfo info) => File(file, info, includeId: false);

    /// <summary>A download: its size, when the response declares it.</summary>
    public static void Content(HttpContentHeaders headers, ResponseInfo info)
    {
        if (headers.ContentLength is { } length)
        {
            info.AddExtra(GenAi.OpenAiFileBytes, length);
        }
    }

    private static void File(FileObject file, ResponseInfo info, bool includeId)
    {
        if (includeId && file.Id.Length > 0)
        {
            info.AddExtra(GenAi.OpenAiFileId, file.Id);
        }

        if (file.Purpose.Value is { } purpose)
        {
            info.AddExtra(GenAi.OpenAiFilePurpose, purpose);
        }

        info.AddExtra(GenAi.OpenAiFileBytes, file.Bytes);
    }
}
