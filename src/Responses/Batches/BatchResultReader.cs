using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
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

/// <summary>Reads a batch's output or error file (JSON Lines) as typed results, one line at a time: only the line being
/// read is in memory, whatever the size of the file.</summary>
/// <remarks><c>client.Batches.ReadResultsAsync</c> reads a batch's files straight from the download stream with it;
/// use it directly on a file you downloaded yourself.</remarks>
public static class BatchResultReader
{
    /// <summary>Reads result lines from a stream until its end.</summary>
    /// <typeparam name="TResponse">The endpoint's record: <c>ChatCompletion</c>, <c>CreateEmbeddingResponse</c>,
    /// <c>Completion</c> or <c>CreateModerationResponse</c>.</typeparam>
    /// <param name="stream">The JSON Lines content; read to its end, not disposed.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>The results in file order.</returns>
    /// <exception cref="ArgumentException"><typeparamref name="TResponse"/> is not an endpoint record of this library.</exception>
    /// <exception cref="JsonException">On enumeration: a line is not a result line, or a successful body is another
    /// endpoint's (an embeddings batch read as <c>ChatCompletion</c>): the message names the line's custom_id and the
    /// expected record, <see cref="JsonException.LineNumber"/> the file's line (0-based; blank lines count).</exception>
    public static IAsyncEnumerable<BatchResult<TResponse>> ReadAsync<TResponse>(Stream stream, CancellationToken cancellationToken = default)
        where TResponse : class
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadCoreAsync(stream, BodyType<TResponse>(), cancellationToken);
    }

    /// <summary>Returns how the endpoint record <typeparamref name="TResponse"/> is read, or throws when it is none.</summary>
    internal static JsonTypeInfo<TResponse> BodyType<TResponse>()
        where TResponse : class =>
        RecordsJsonContext.Default.GetTypeInfo(typeof(TResponse)) as JsonTypeInfo<TResponse>
        ?? throw new ArgumentException($"{typeof(TResponse).Name} is not a response record of this library.", nameof(TResponse));

    /// <summary>Reads the <c>custom_id</c> of every line of a batch input file.</summary>
    internal static IAsyncEnumerable<BatchInputLineId?> ReadInputIdsAsync(Stream stream, CancellationToken cancellationToken) =>
        JsonSerializer.DeserializeAsyncEnumerable(stream, RecordsJsonContext.Default.BatchInputLineId, topLevelValues: true, cancellationToken);

    /// <summary>Turns one parsed line (the <paramref name="index"/>th, 0-based) into a typed result.</summary>
    internal static BatchResult<TResponse> ToResult<TResponse>(BatchOutputLine line, JsonTypeInfo<TResponse> bodyType, long index)
        where TResponse : class
    {
        var response = line.Response;
        TResponse? body = null;
        var error = line.Error is { } lineError
            ? new ApiError { Code = lineError.Code, Message = lineError.Message, Param = lineError.Param }
            : null;
        if (response?.Body is { ValueKind: JsonValueKind.Object } element)
        {
            if (response.StatusCode is >= 200 and < 300 && error is null)
            {
                CheckBody<TResponse>(element, line.CustomId, index);
                body = element.Deserialize(bodyType);
            }
            else
            {
                error ??= element.Deserialize(RecordsJsonContext.Default.ApiErrorResponse)?.Error;
            }
        }

        return new BatchResult<TResponse>
        {
            Id = line.Id ?? string.Empty,
            CustomId = line.CustomId ?? string.Empty,
            StatusCode = response?.StatusCode,
            RequestId = response?.RequestId,
            Body = body,
            Error = error ?? (body is null ? new ApiError { Code = "no_body", Message = "The result line carries neither a body nor an error." } : null),
            AdditionalProperties = line.AdditionalProperties,
        };
    }

    /// <summary>Reads the file a line at a time, so that an error names the file's line (blank lines count, as in an
    /// editor) and only that line is in memory.</summary>
    private static async IAsyncEnumerable<BatchResult<TResponse>> ReadCoreAsync<TResponse>(
        Stream stream, JsonTypeInfo<TResponse> bodyType, [EnumeratorCancellation] CancellationToken cancellationToken)
        where TResponse : class
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var number = 0L;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } text)
        {
            var index = number++;
            if (!string.IsNullOrWhiteSpace(text) && Parse(text, index) is { } line)
            {
                yield return ToResult(line, bodyType, index);
            }
        }
    }

    /// <summary>Parses one line; the serializer's error gets the file's line (it counts from the line's start).</summary>
    private static BatchOutputLine? Parse(string text, long index)
    {
        try
        {
            return JsonSerializer.Deserialize(text, RecordsJsonContext.Default.BatchOutputLine);
        }
        catch (JsonException ex)
        {
            var message = ex.Message.Replace("| LineNumber: 0 |", $"| LineNumber: {index} |", StringComparison.Ordinal);
            throw new JsonException(message, ex.Path, index, ex.BytePositionInLine, ex);
        }
    }

    /// <summary>Refuses a body of another endpoint than <typeparamref name="TResponse"/>'s, told apart by its
    /// <c>object</c> (a moderation has none, and its <c>results</c>); a body with no <c>object</c> that is not a
    /// moderation passes, as the record reads it (proxies and compatible servers omit it); a type with no known
    /// endpoint is not checked.</summary>
    private static void CheckBody<TResponse>(JsonElement body, string? customId, long index)
    {
        var type = typeof(TResponse);
        var expected = type == typeof(ChatCompletion) ? "chat.completion"
            : type == typeof(Completion) ? "text_completion"
            : type == typeof(CreateEmbeddingResponse) ? "list"
            : type == typeof(Response) ? "response"
            : type == typeof(CreateModerationResponse) ? string.Empty
            : null;
        if (expected is null)
        {
            return;
        }

        var sent = body.TryGetProperty("object", out var kind) && kind.ValueKind == JsonValueKind.String ? kind.GetString() : null;
        var moderation = sent is null && body.TryGetProperty("results", out _);
        var matches = expected.Length == 0 ? moderation : sent == expected || (sent is null && !moderation);
        if (!matches)
        {
            var what = sent is null ? "a body with no 'object'" : $"a '{sent}' body";
            var want = expected.Length == 0 ? "a moderation body" : $"'{expected}'";
            throw new JsonException(
                $"The result with custom_id '{customId}' has {what}, not the {type.Name} ({want}) the results are read as: read a batch's results as the record of its endpoint.",
                path: null,
                lineNumber: index,
                bytePositionInLine: null);
        }
    }
}
