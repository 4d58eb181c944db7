using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace Oai.Batches;

public partial class BatchesClient
{
    /// <summary>Reads a batch's results: its output file (the requests that succeeded), then its error file (those that
    /// failed), line by line from the download stream, never the whole file in memory.</summary>
    /// <typeparam name="TResponse">The record of the batch's endpoint: <c>ChatCompletion</c> for
    /// <c>/v1/chat/completions</c>, <c>CreateEmbeddingResponse</c>, <c>Completion</c>, <c>CreateModerationResponse</c>.</typeparam>
    /// <param name="batch">The batch, as last retrieved (its <see cref="Batch.OutputFileId"/> and
    /// <see cref="Batch.ErrorFileId"/> name the files; a batch without them yields nothing).</param>
    /// <param name="options">Per-call headers and span settings for the downloads, or null.</param>
    /// <param name="cancellationToken">Cancels the downloads.</param>
    /// <returns>One result per line, the output file's first. The service writes lines in no particular order: match
    /// them to your inputs by <see cref="BatchResult{TResponse}.CustomId"/>.</returns>
    /// <exception cref="ArgumentException"><typeparamref name="TResponse"/> is not an endpoint record of this library.</exception>
    /// <exception cref="OaiApiException">On enumeration: a download failed.</exception>
    /// <exception cref="OaiInvalidResponseException">On enumeration: a line is not a result line, or its body is another
    /// endpoint's record than <typeparamref name="TResponse"/> (an embeddings batch read as <c>ChatCompletion</c>); the
    /// message names the file, the line, the custom_id and the expected record.</exception>
    public virtual IAsyncEnumerable<BatchResult<TResponse>> ReadResultsAsync<TResponse>(
        Batch batch, RequestOptions? options = null, CancellationToken cancellationToken = default)
        where TResponse : class
    {
        ArgumentNullException.ThrowIfNull(batch);
        _ = BatchResultReader.BodyType<TResponse>();
        return ReadFilesAsync<TResponse>(batch, options, cancellationToken);
    }

    private async IAsyncEnumerable<BatchResult<TResponse>> ReadFilesAsync<TResponse>(
        Batch batch, RequestOptions? options, [EnumeratorCancellation] CancellationToken cancellationToken)
        where TResponse : class
    {
        foreach (var fileId in new[] { batch.OutputFileId, batch.ErrorFileId })
        {
            if (string.IsNullOrEmpty(fileId))
            {
                continue;
            }

            var content = await _files.ContentAsync(fileId, options, cancellationToken).ConfigureAwait(false);
            await using (content.ConfigureAwait(false))
            {
                var results = BatchResultReader.ReadAsync<TResponse>(content, cancellationToken).GetAsyncEnumerator(cancellationToken);
                await using (results.ConfigureAwait(false))
                {
                    while (await NextAsync(results, fileId).ConfigureAwait(false))
                    {
                        yield return results.Current;
                    }
                }
            }
        }
    }

    private static async ValueTask<bool> NextAsync<TResponse>(IAsyncEnumerator<BatchResult<TResponse>> results, string fileId)
        where TResponse : class
    {
        try
        {
            return await results.MoveNextAsync().ConfigureAwait(false);
        }
        catch (JsonException ex)
        {
            throw new OaiInvalidResponseException(
                $"Line {ex.LineNumber + 1} of batch result file {fileId} is not a result line of the batch's endpoint: {ex.Message}", ex);
        }
    }
}
