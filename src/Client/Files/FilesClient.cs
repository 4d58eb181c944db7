using System;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using Oai.Pipeline;

namespace Oai.Files;

/// <summary>Files: <see href="https://platform.openai.com/docs/api-reference/files">upload, list, retrieve, delete and
/// download</see> files for fine-tuning, batches, assistants and more.</summary>
/// <remarks>
/// <para>Thread-safe; obtained from <see cref="OaiClient.Files"/>. Uploads stream from the caller's stream and
/// downloads stream from the network: neither holds the file in memory.</para>
/// <para>An upload from a seekable stream is retried like any call (the stream is rewound to where it stood); an upload
/// from a non-seekable stream is sent once, since its bytes cannot be read again, and a retryable failure surfaces as is.</para>
/// </remarks>
public partial class FilesClient
{
    private static readonly JsonOperation<FileUpload, FileObject> s_create = new()
    {
        Name = Telemetry.GenAi.OperationFilesCreate,
        Method = HttpMethod.Post,
        Path = static _ => "files",
        Content = static upload => upload.ToMultipart(),
        ResultType = RecordsJsonContext.Default.FileObject,
        Telemetry = new() { RequestTags = FilesTelemetry.Upload, Response = FilesTelemetry.Created },
    };

    private static readonly JsonOperation<FileListQuery, ListPage<FileObject>> s_list = new()
    {
        Name = Telemetry.GenAi.OperationFilesList,
        Method = HttpMethod.Get,
        Path = static query => query.ToPath(),
        ResultType = RecordsJsonContext.Default.ListPageFileObject,
        Telemetry = new() { RequestTags = FilesTelemetry.List },
    };

    private static readonly JsonOperation<string, FileObject> s_retrieve = new()
    {
        Name = Telemetry.GenAi.OperationFilesRetrieve,
        Method = HttpMethod.Get,
        Path = static id => $"files/{Uri.EscapeDataString(id)}",
        ResultType = RecordsJsonContext.Default.FileObject,
        Telemetry = new() { RequestTags = FilesTelemetry.FileId, Response = FilesTelemetry.Retrieved },
    };

    private static readonly JsonOperation<string, FileDeletionResult> s_delete = new()
    {
        Name = Telemetry.GenAi.OperationFilesDelete,
        Method = HttpMethod.Delete,
        Path = static id => $"files/{Uri.EscapeDataString(id)}",
        ResultType = RecordsJsonContext.Default.FileDeletionResult,
        Telemetry = new() { RequestTags = FilesTelemetry.FileId },
    };

    private static readonly ContentOperation<string> s_content = new()
    {
        Name = Telemetry.GenAi.OperationFilesContent,
        Method = HttpMethod.Get,
        Path = static id => $"files/{Uri.EscapeDataString(id)}/content",
        Telemetry = new() { RequestTags = FilesTelemetry.FileId, Response = FilesTelemetry.Content },
    };

    private readonly OaiPipeline _pipeline;

    internal FilesClient(OaiPipeline pipeline)
    {
        _pipeline = pipeline;
    }

    /// <summary>Initializes an empty client, for test doubles that override the members.</summary>
    protected FilesClient()
    {
        _pipeline = null!;
    }

    /// <summary>Uploads a file from a stream, read from its current position as the request is sent.</summary>
    /// <param name="content">The file's bytes; stays open and the caller's. A seekable stream can be resent by a retry;
    /// a non-seekable one is sent once, without retries.</param>
    /// <param name="fileName">The file name the service stores (any Unicode; sent as UTF-8).</param>
    /// <param name="purpose">What the file is for.</param>
    /// <param name="expiresAfter">When the file expires, or null for the service's default.</param>
    /// <param name="options">Per-call headers and span settings, or null.</param>
    /// <param name="cancellationToken">Cancels the upload.</param>
    /// <returns>The uploaded file.</returns>
    /// <exception cref="OaiApiException">The service answered with an error.</exception>
    /// <exception cref="OaiTimeoutException">The call outlasted <see cref="OaiClientOptions.Timeout"/>.</exception>
    /// <exception cref="OaiConnectionException">The service could not be reached.</exception>
    public virtual Task<FileObject> CreateAsync(
        Stream content,
        string fileName,
        FilePurpose purpose,
        FileExpiresAfter? expiresAfter = null,
        RequestOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        ArgumentException.ThrowIfNullOrEmpty(purpose.Value, nameof(purpose));
        if (!content.CanRead)
        {
            throw new ArgumentException("The stream cannot be read.", nameof(content));
        }

        return _pipeline.SendAsync(s_create, new FileUpload(content, fileName, purpose, expiresAfter), options, cancellationToken);
    }

    /// <summary>Uploads a local file, streamed from disk; the name sent is the path's file name, and the path itself
    /// never leaves the machine (not in the request, not in telemetry).</summary>
    /// <param name="path">The local file.</param>
    /// <param name="purpose">What the file is for.</param>
    /// <param name="expiresAfter">When the file expires, or null for the service's default.</param>
    /// <param name="options">Per-call headers and span settings, or null.</param>
    /// <param name="cancellationToken">Cancels the upload.</param>
    /// <returns>The uploaded file.</returns>
    /// <exception cref="IOException">The file could not be opened.</exception>
    /// <exception cref="OaiApiException">The service answered with an error.</exception>
    public virtual async Task<FileObject> CreateAsync(
        string path,
        FilePurpose purpose,
        FileExpiresAfter? expiresAfter = null,
        RequestOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);

        // Seekable, so a retried attempt rewinds it; unbuffered, since the upload reads large blocks anyway.
        var file = new FileStream(path, new FileStreamOptions
        {
            Mode = FileMode.Open,
            Access = FileAccess.Read,
            Share = FileShare.Read,
            Options = FileOptions.Asynchronous | FileOptions.SequentialScan,
            BufferSize = 0,
        });
        await using (file.ConfigureAwait(false))
        {
            return await CreateAsync(file, Path.GetFileName(path), purpose, expiresAfter, options, cancellationToken)
                .ConfigureAwait(false);
        }
    }

    /// <summary>Lists files, newest first unless <paramref name="order"/> says otherwise, across all pages.</summary>
    /// <param name="purpose">Only files with this purpose, or null for all.</param>
    /// <param name="limit">The page size (1 to 10000), or null for the service's default.</param>
    /// <param name="order">The order by creation time, or null for <c>desc</c>.</param>
    /// <param name="after">Start after this file id, or null from the beginning.</param>
    /// <param name="options">Per-call headers and span settings for every page request, or null.</param>
    /// <param name="cancellationToken">Cancels the page requests.</param>
    /// <returns>The listing; pages are fetched as the enumeration reaches them, each as a traced call.</returns>
    public virtual OaiAsyncPageable<FileObject> ListAsync(
        FilePurpose? purpose = null,
        int? limit = null,
        ListOrder? order = null,
        string? after = null,
        RequestOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        return new OaiAsyncPageable<FileObject>(
            (cursor, token) => _pipeline.SendAsync(s_list, new FileListQuery(purpose, limit, order, cursor), options, token),
            static file => file.Id,
            after,
            cancellationToken);
    }

    /// <summary>Retrieves a file's description.</summary>
    /// <param name="fileId">The file id.</param>
    /// <param name="options">Per-call headers and span settings, or null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The file.</returns>
    /// <exception cref="OaiApiException">The service answered with an error (404 for an unknown id).</exception>
    public virtual Task<FileObject> RetrieveAsync(string fileId, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(fileId);
        return _pipeline.SendAsync(s_retrieve, fileId, options, cancellationToken);
    }

    /// <summary>Deletes a file.</summary>
    /// <param name="fileId">The file id.</param>
    /// <param name="options">Per-call headers and span settings, or null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The deletion result.</returns>
    /// <exception cref="OaiApiException">The service answered with an error (404 for an unknown id).</exception>
    public virtual Task<FileDeletionResult> DeleteAsync(string fileId, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(fileId);
        return _pipeline.SendAsync(s_delete, fileId, options, cancellationToken);
    }

    /// <summary>Opens a file's content as a stream read from the network as you read it.</summary>
    /// <param name="fileId">The file id.</param>
    /// <param name="options">Per-call headers and span settings, or null.</param>
    /// <param name="cancellationToken">Cancels the request (pass a token to each read to cancel reading).</param>
    /// <returns>The content. Dispose it to close the connection; the call's span ends when it is read to the end or
    /// disposed. It is not seekable and its length is unknown.</returns>
    /// <exception cref="OaiApiException">The service answered with an error.</exception>
    /// <exception cref="OaiStreamException">On read: the connection broke off before the end of the content.</exception>
    /// <exception cref="OaiTimeoutException">On read: no bytes came for <see cref="OaiClientOptions.StreamIdleTimeout"/>.</exception>
    public virtual Task<Stream> ContentAsync(string fileId, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(fileId);
        return _pipeline.OpenContentAsync(s_content, fileId, options, cancellationToken);
    }
}
