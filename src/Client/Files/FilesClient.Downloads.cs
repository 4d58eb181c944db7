using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Oai.Files;

public partial class FilesClient
{
    /// <summary>Downloads a file's content to a local file, streamed; a partly written file is deleted on failure.</summary>
    /// <param name="fileId">The file id.</param>
    /// <param name="path">The local file to create or overwrite.</param>
    /// <param name="options">Per-call headers and span settings, or null.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <returns>The number of bytes written.</returns>
    /// <exception cref="OaiApiException">The service answered with an error.</exception>
    /// <exception cref="OaiStreamException">The connection broke off before the end of the content.</exception>
    /// <exception cref="OaiTimeoutException">No bytes came for <see cref="OaiClientOptions.StreamIdleTimeout"/>.</exception>
    public virtual async Task<long> DownloadToFileAsync(
        string fileId, string path, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var content = await ContentAsync(fileId, options, cancellationToken).ConfigureAwait(false);
        await using (content.ConfigureAwait(false))
        {
            var file = new FileStream(path, new FileStreamOptions
            {
                Mode = FileMode.Create,
                Access = FileAccess.Write,
                Options = FileOptions.Asynchronous | FileOptions.SequentialScan,
                BufferSize = 0,
            });
            try
            {
                await using (file.ConfigureAwait(false))
                {
                    await content.CopyToAsync(file, cancellationToken).ConfigureAwait(false);
                    return file.Length;
                }
            }
            catch
            {
                // The file is closed by now; what was written of it is not the content. A failed clean-up must not
                // hide why the download failed.
                try
                {
                    File.Delete(path);
                }
                catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
                {
                }

                throw;
            }
        }
    }

    /// <summary>Downloads a file's content into memory; for small files (use <see cref="ContentAsync"/> for large ones).</summary>
    /// <param name="fileId">The file id.</param>
    /// <param name="options">Per-call headers and span settings, or null.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <returns>The content.</returns>
    /// <exception cref="OaiApiException">The service answered with an error.</exception>
    /// <exception cref="OaiStreamException">The connection broke off before the end of the content.</exception>
    /// <exception cref="OaiTimeoutException">No bytes came for <see cref="OaiClientOptions.StreamIdleTimeout"/>.</exception>
    public virtual async Task<byte[]> ContentBytesAsync(string fileId, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var content = await ContentAsync(fileId, options, cancellationToken).ConfigureAwait(false);
        await using (content.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            await content.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            return buffer.ToArray();
        }
    }
}
