using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using Oai.Chat;
using Oai.Completions;
using Oai.Embeddings;
using Oai.Moderations;
using Oai.Responses;

namespace Oai.Batches;

/// <summary>Writes a batch input file: typed requests (chat completions, embeddings, legacy completions, moderations,
/// Responses) with their <c>custom_id</c>s, one JSON line each, streamed to a
/// file or stream as they come (only the line being written is held in memory).</summary>
/// <remarks>
/// <para>Catches at once what the service would only reject after the upload, when the batch is validated: an empty or
/// repeated <c>custom_id</c>, a line for another endpoint or another model than the first line's, more than
/// <see cref="MaxLines"/> lines, a file over <see cref="MaxBytes"/>. A rejected line throws and is not written, so
/// the file stays valid up to it.</para>
/// <para>The <c>custom_id</c>s written are kept (to find repeats, and so <see cref="BatchesClient.RunAsync{TResponse}"/>
/// can report every input that got no result): about a hundred bytes per line. Not thread-safe: one writer, one
/// writing task.</para>
/// </remarks>
/// <example><code>
/// await using (var writer = BatchInputWriter.Create("input.jsonl"))
/// {
///     await writer.WriteAsync("q-1", new ChatCompletionRequest { Model = "gpt-4o-mini", Messages = [ChatMessage.User("Hi")] });
/// }
/// </code></example>
public sealed class BatchInputWriter : IAsyncDisposable
{
    /// <summary>The most lines one batch input file may hold.</summary>
    public const int MaxLines = 50_000;

    /// <summary>The largest batch input file the service accepts, in bytes (200 MB).</summary>
    public const long MaxBytes = 200L * 1024 * 1024;

    private static readonly JsonEncodedText s_customId = JsonEncodedText.Encode("custom_id");
    private static readonly JsonEncodedText s_method = JsonEncodedText.Encode("method");
    private static readonly JsonEncodedText s_url = JsonEncodedText.Encode("url");
    private static readonly JsonEncodedText s_body = JsonEncodedText.Encode("body");

    private readonly Stream _destination;
    private readonly bool _leaveOpen;
    private readonly ArrayBufferWriter<byte> _line = new(4096);
    private readonly Utf8JsonWriter _json;
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private bool _disposed;

    private BatchInputWriter(Stream destination, bool leaveOpen)
    {
        _destination = destination;
        _leaveOpen = leaveOpen;
        _json = new Utf8JsonWriter(_line);
    }

    /// <summary>Gets the endpoint of the lines written, or null before the first line.</summary>
    public BatchEndpoint? Endpoint { get; private set; }

    /// <summary>Gets the model of the lines written, or null before the first line (or for moderations without one).</summary>
    public string? Model { get; private set; }

    /// <summary>Gets the number of lines written.</summary>
    public int LineCount => _ids.Count;

    /// <summary>Gets the number of bytes written.</summary>
    public long ByteCount { get; private set; }

    /// <summary>Gets the <c>custom_id</c>s written so far.</summary>
    public IReadOnlyCollection<string> CustomIds => _ids;

    /// <summary>Creates a writer over a stream.</summary>
    /// <param name="destination">Where the lines go; written to sequentially.</param>
    /// <param name="leaveOpen">True to leave the stream open when the writer is disposed.</param>
    /// <returns>The writer.</returns>
    /// <exception cref="ArgumentException">The stream cannot be written to.</exception>
    public static BatchInputWriter Create(Stream destination, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(destination);
        if (!destination.CanWrite)
        {
            throw new ArgumentException("The stream cannot be written to.", nameof(destination));
        }

        return new BatchInputWriter(destination, leaveOpen);
    }

    /// <summary>Creates a writer that creates (or overwrites) a local file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The writer; disposing it closes the file.</returns>
    /// <exception cref="IOException">The file could not be created.</exception>
    public static BatchInputWriter Create(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var file = new FileStream(path, new FileStreamOptions
        {
            Mode = FileMode.Create,
            Access = FileAccess.Write,
            Options = FileOptions.Asynchronous | FileOptions.SequentialScan,
            BufferSize = 64 * 1024,
        });
        return new BatchInputWriter(file, leaveOpen: false);
    }

    /// <summary>Writes a chat completion request (<c>/v1/chat/completions</c>).</summary>
    /// <param name="customId">The id to match its result by; unique within the file.</param>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the line is handed to the stream.</returns>
    /// <exception cref="ArgumentException">The id is empty or repeated, or the line's endpoint or model differs from the first line's.</exception>
    /// <exception cref="InvalidOperationException">The file would exceed <see cref="MaxLines"/> or <see cref="MaxBytes"/>.</exception>
    public ValueTask WriteAsync(string customId, ChatCompletionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return WriteLineAsync(customId, BatchEndpoint.ChatCompletions, request.Model, request, ClientJsonContext.Default.ChatCompletionRequest, cancellationToken);
    }

    /// <summary>Writes an embeddings request (<c>/v1/embeddings</c>); as with a direct call, the vectors are asked for in
    /// base64 unless the request sets an encoding, and read as floats either way.</summary>
    /// <param name="customId">The id to match its result by; unique within the file.</param>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the line is handed to the stream.</returns>
    /// <exception cref="ArgumentException">The id is empty or repeated, or the line's endpoint or model differs from the first line's.</exception>
    /// <exception cref="InvalidOperationException">The file would exceed <see cref="MaxLines"/> or <see cref="MaxBytes"/>.</exception>
    public ValueTask WriteAsync(string customId, EmbeddingRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var sent = request with { EncodingFormat = request.EncodingFormat ?? EmbeddingEncodingFormat.Base64 };
        return WriteLineAsync(customId, BatchEndpoint.Embeddings, request.Model, sent, ClientJsonContext.Default.EmbeddingRequest, cancellationToken);
    }

    /// <summary>Writes a legacy completion request (<c>/v1/completions</c>).</summary>
    /// <param name="customId">The id to match its result by; unique within the file.</param>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the line is handed to the stream.</returns>
    /// <exception cref="ArgumentException">The id is empty or repeated, or the line's endpoint or model differs from the first line's.</exception>
    /// <exception cref="InvalidOperationException">The file would exceed <see cref="MaxLines"/> or <see cref="MaxBytes"/>.</exception>
    public ValueTask WriteAsync(string customId, CompletionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return WriteLineAsync(customId, BatchEndpoint.Completions, request.Model, request, ClientJsonContext.Default.CompletionRequest, cancellationToken);
    }

    /// <summary>Writes a moderation request (<c>/v1/moderations</c>).</summary>
    /// <param name="customId">The id to match its result by; unique within the file.</param>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the line is handed to the stream.</returns>
    /// <exception cref="ArgumentException">The id is empty or repeated, or the line's endpoint or model differs from the first line's.</exception>
    /// <exception cref="InvalidOperationException">The file would exceed <see cref="MaxLines"/> or <see cref="MaxBytes"/>.</exception>
    public ValueTask WriteAsync(string customId, ModerationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return WriteLineAsync(customId, BatchEndpoint.Moderations, request.Model, request, ClientJsonContext.Default.ModerationRequest, cancellationToken);
    }

    /// <summary>Writes a Responses API request (<c>/v1/responses</c>); a stream flag is not sent (a batch line is
    /// answered whole).</summary>
    /// <param name="customId">The id to match its result by; unique within the file.</param>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the line is handed to the stream.</returns>
    /// <exception cref="ArgumentException">The id is empty or repeated, or the line's endpoint or model differs from the first line's.</exception>
    /// <exception cref="InvalidOperationException">The file would exceed <see cref="MaxLines"/> or <see cref="MaxBytes"/>.</exception>
    public ValueTask WriteAsync(string customId, ResponseRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return WriteLineAsync(customId, BatchEndpoint.Responses, request.Model, request with { Stream = null }, ClientJsonContext.Default.ResponseRequest, cancellationToken);
    }

    /// <summary>Flushes what has been written to the stream.</summary>
    /// <param name="cancellationToken">Cancels the flush.</param>
    /// <returns>A task that completes when the stream has been flushed.</returns>
    public Task FlushAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _destination.FlushAsync(cancellationToken);
    }

    /// <summary>Flushes and, unless the writer was created with <c>leaveOpen</c>, closes the stream.</summary>
    /// <returns>A task that completes when the stream is flushed and closed.</returns>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await _json.DisposeAsync().ConfigureAwait(false);
        if (_leaveOpen)
        {
            await _destination.FlushAsync().ConfigureAwait(false);
        }
        else
        {
            await _destination.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async ValueTask WriteLineAsync<TRequest>(
        string customId, BatchEndpoint endpoint, string? model, TRequest request, JsonTypeInfo<TRequest> type, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentException.ThrowIfNullOrEmpty(customId);
        Check(customId, endpoint, model);

        _line.ResetWrittenCount();
        _json.Reset();
        _json.WriteStartObject();
        _json.WriteString(s_customId, customId);
        _json.WriteString(s_method, "POST");
        _json.WriteString(s_url, endpoint.Value);
        _json.WritePropertyName(s_body);
        JsonSerializer.Serialize(_json, request, type);
        _json.WriteEndObject();
        _json.Flush();
        _line.Write("\n"u8);

        if (ByteCount + _line.WrittenCount > MaxBytes)
        {
            throw new InvalidOperationException(
                $"Line {LineCount + 1} ({customId}) would take the file past {MaxBytes} bytes, the most one batch input file may hold; start another batch.");
        }

        await _destination.WriteAsync(_line.WrittenMemory, cancellationToken).ConfigureAwait(false);
        ByteCount += _line.WrittenCount;
        _ids.Add(customId);
        Endpoint ??= endpoint;
        Model ??= model;
    }

    private void Check(string customId, BatchEndpoint endpoint, string? model)
    {
        if (_ids.Contains(customId))
        {
            throw new ArgumentException($"The custom_id '{customId}' was already written; each line of a batch needs its own.", nameof(customId));
        }

        if (Endpoint is { } first && first != endpoint)
        {
            throw new ArgumentException(
                $"Line {LineCount + 1} ({customId}) is for {endpoint}, but the file's lines are for {first}: one batch has one endpoint.", nameof(customId));
        }

        if (LineCount > 0 && !string.Equals(Model, model, StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"Line {LineCount + 1} ({customId}) uses model '{model}', but the file's lines use '{Model}': one batch has one model.", nameof(customId));
        }

        if (LineCount >= MaxLines)
        {
            throw new InvalidOperationException($"A batch input file holds at most {MaxLines} lines; start another batch for {customId}.");
        }
    }
}
