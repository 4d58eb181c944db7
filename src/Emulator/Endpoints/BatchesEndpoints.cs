using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Oai.Batches;
using Oai.Emulator.Core;
using Oai.Emulator.State;
using Oai.Files;

namespace Oai.Emulator.Endpoints;

/// <summary><c>/v1/batches</c>: create, retrieve, list and cancel. A batch runs on the emulator's clock (see
/// <see cref="EmulatedBatch"/>): each line goes through the handler of its own endpoint, as a request would, and its
/// answer becomes an output line (2xx) or an error-file line (4xx/5xx), written as files with purpose <c>batch_output</c>.</summary>
internal static class BatchesEndpoints
{
    private const int MaxLines = 50_000;

    private static readonly string[] s_endpoints = ["/v1/responses", "/v1/chat/completions", "/v1/embeddings", "/v1/completions", "/v1/moderations"];

    private static readonly string[] s_batchNulls =
        ["model", "errors", "output_file_id", "error_file_id", "in_progress_at", "expires_at", "finalizing_at", "completed_at", "failed_at", "expired_at", "cancelling_at", "cancelled_at", "metadata"];

    private static readonly string[] s_pageNulls = ["first_id", "last_id", .. s_batchNulls.Select(name => "data[]." + name)];

    /// <summary>The endpoints a line can go to, with the same handlers requests get.</summary>
    private static readonly Router s_lineRoutes = LineRoutes();

    public static void Map(Router router)
    {
        router.Map("POST", "batches", CreateAsync);
        router.Map("GET", "batches", ListAsync);
        router.Map("GET", "batches/{id}", RetrieveAsync);
        router.Map("POST", "batches/{id}/cancel", CancelAsync);
    }

    private static Router LineRoutes()
    {
        var router = new Router();
        ChatEndpoints.Map(router);
        CompletionsEndpoints.Map(router);
        EmbeddingsEndpoints.Map(router);
        ModerationsEndpoints.Map(router);
        ResponsesEndpoints.Map(router);
        return router;
    }

    private static async Task CreateAsync(EndpointContext context)
    {
        var inputFileId = context.RequireString("input_file_id");
        var endpoint = context.RequireString("endpoint");
        if (Array.IndexOf(s_endpoints, endpoint) < 0)
        {
            throw Errors.InvalidValue("endpoint", $"Invalid value: '{endpoint}'. Supported values are: '{string.Join("', '", s_endpoints)}'.");
        }

        var window = context.RequireString("completion_window");
        if (window != BatchRequest.DefaultCompletionWindow)
        {
            throw Errors.InvalidValue("completion_window", $"Invalid value: '{window}'. Supported values are: '24h'.");
        }

        var file = context.State.Files.Find(inputFileId) ?? throw Errors.NoSuchFile(inputFileId, "input_file_id");
        if (file.Record.Purpose != FilePurpose.Batch)
        {
            throw Errors.InvalidValue("input_file_id", $"The file {inputFileId} has purpose '{file.Record.Purpose}'; a batch's input file must be uploaded with purpose 'batch'.");
        }

        var (lines, invalid, model) = Validate(file.Content, endpoint);
        var now = context.Now;
        var created = new Batch
        {
            Id = "batch_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
            Endpoint = new BatchEndpoint(endpoint),
            InputFileId = inputFileId,
            CompletionWindow = window,
            Status = BatchStatus.Validating,
            CreatedAt = FileStore.Truncate(now),
            ExpiresAt = FileStore.Truncate(now + EmulatedBatch.Window),
            Metadata = context.Optional("metadata") is { ValueKind: JsonValueKind.Object } metadata
                ? metadata.Deserialize(RecordsJsonContext.Default.IReadOnlyDictionaryStringString)
                : null,
        };
        var batch = new EmulatedBatch(created, lines, invalid, model, context.State.BatchStep, now);
        var snapshot = batch.Snapshot(now);
        await context.State.Batches.AddAsync(batch, context.Aborted).ConfigureAwait(false);
        await context.WriteJsonAsync(snapshot, RecordsJsonContext.Default.Batch, s_batchNulls).ConfigureAwait(false);
    }

    private static async Task ListAsync(EndpointContext context)
    {
        var limit = context.QueryLimit();
        var page = await ReadAsync(context, (batches, now) =>
            Pages.After([.. batches.Select(batch => batch.Snapshot(now))], context.Query("after"), limit, batch => batch.Id)).ConfigureAwait(false);
        await context.WriteJsonAsync(page, RecordsJsonContext.Default.ListPageBatch, s_pageNulls).ConfigureAwait(false);
    }

    private static Task RetrieveAsync(EndpointContext context) =>
        WriteBatchAsync(context, (batches, now) => BatchStore.Find(batches, context.Route("id")).Snapshot(now));

    private static Task CancelAsync(EndpointContext context) => WriteBatchAsync(context, (batches, now) =>
    {
        var batch = BatchStore.Find(batches, context.Route("id"));
        if (!batch.Cancel(now))
        {
            throw new EmulatorApiException(400, new ApiError
            {
                Message = $"Cannot cancel a batch with status '{batch.StatusAt(now)}'.",
                Type = Errors.InvalidRequest,
            });
        }

        return batch.Snapshot(now);
    });

    private static async Task WriteBatchAsync(EndpointContext context, Func<IReadOnlyList<EmulatedBatch>, DateTimeOffset, Batch> read)
    {
        var batch = await ReadAsync(context, read).ConfigureAwait(false);
        await context.WriteJsonAsync(batch, RecordsJsonContext.Default.Batch, s_batchNulls).ConfigureAwait(false);
    }

    /// <summary>Brings the batches up to the clock (running their due lines, writing the files of those that ended), then reads.</summary>
    private static Task<T> ReadAsync<T>(EndpointContext context, Func<IReadOnlyList<EmulatedBatch>, DateTimeOffset, T> read) =>
        context.State.Batches.ReadAsync(
            (line, token) => RunLineAsync(context.State, line, token),
            (batch, endedAt) => WriteFiles(context.State, batch, endedAt),
            read,
            context.Aborted);

    /// <summary>Checks an input file as the service does while validating: every line a JSON object with a unique
    /// <c>custom_id</c>, <c>method</c> POST, the batch's <c>url</c>, a <c>body</c>, one model across lines, at most 50,000 lines.</summary>
    internal static (List<BatchLine> Lines, List<BatchError> Invalid, string? Model) Validate(byte[] content, string endpoint)
    {
        var lines = new List<BatchLine>();
        var invalid = new List<BatchError>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        string? model = null;
        var texts = Encoding.UTF8.GetString(content).Split('\n');
        for (var i = 0; i < texts.Length; i++)
        {
            if (texts[i].Trim().Length == 0)
            {
                continue;
            }

            var error = Check(texts[i], i + 1, endpoint, ids, ref model, out var line);
            if (error is not null)
            {
                invalid.Add(error);
            }
            else
            {
                lines.Add(line!);
            }
        }

        if (lines.Count + invalid.Count == 0)
        {
            invalid.Add(new BatchError { Code = "empty_file", Message = "The batch input file is empty." });
        }
        else if (lines.Count + invalid.Count > MaxLines)
        {
            invalid.Add(new BatchError { Code = "too_many_tasks", Message = $"The batch input file has {lines.Count + invalid.Count} requests; the maximum is {MaxLines:N0}." });
        }

        return (invalid.Count > 0 ? [] : lines, invalid, model);
    }

    private static BatchError? Check(string text, int number, string endpoint, HashSet<string> ids, ref string? model, out BatchLine? line)
    {
        line = null;
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(text);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return LineError("invalid_json_line", "This line is not parseable as valid JSON.", number);
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return LineError("invalid_json_line", "This line is not a JSON object.", number);
        }

        foreach (var name in (string[])["custom_id", "method", "url"])
        {
            if (!root.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String || value.GetString()!.Length == 0)
            {
                return LineError("missing_required_parameter", $"Missing required parameter: '{name}'.", number, name);
            }
        }

        if (!root.TryGetProperty("body", out var body) || body.ValueKind != JsonValueKind.Object)
        {
            return LineError("missing_required_parameter", "Missing required parameter: 'body'.", number, "body");
        }

        var customId = root.GetProperty("custom_id").GetString()!;
        if (root.GetProperty("method").GetString() != "POST")
        {
            return LineError("invalid_value", $"Invalid value for 'method': '{root.GetProperty("method").GetString()}'. Supported values are: 'POST'.", number, "method");
        }

        var url = root.GetProperty("url").GetString()!;
        if (url != endpoint)
        {
            return LineError("url_mismatch", $"The url '{url}' of this request does not match the batch's endpoint '{endpoint}'.", number, "url");
        }

        if (!ids.Add(customId))
        {
            return LineError("duplicate_custom_id", "The custom_id for this request is a duplicate of another request. The custom_id parameter must be unique for each request in a batch.", number, "custom_id");
        }

        if (body.TryGetProperty("model", out var named) && named.ValueKind == JsonValueKind.String)
        {
            model ??= named.GetString();
            if (model != named.GetString())
            {
                return LineError("model_mismatch", $"The model '{named.GetString()}' of this request does not match the model '{model}' of the batch's other requests; a batch uses one model.", number, "body.model");
            }
        }

        line = new BatchLine(customId, url["/v1/".Length..], body);
        return null;
    }

    private static BatchError LineError(string code, string message, int line, string? param = null) =>
        new() { Code = code, Message = message, Line = line, Param = param };

    /// <summary>Runs one line through its endpoint's handler and writes the result line as the service does:
    /// <c>{"id","custom_id","response":{"status_code","request_id","body"},"error":null}</c>.</summary>
    private static async Task<LineResult> RunLineAsync(EmulatorState state, BatchLine line, CancellationToken cancellationToken)
    {
        var (status, body) = await AnswerAsync(state, line, cancellationToken).ConfigureAwait(false);
        var (input, output) = Usage(body);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("id", "batch_req_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)));
            writer.WriteString("custom_id", line.CustomId);
            writer.WriteStartObject("response");
            writer.WriteNumber("status_code", status);
            writer.WriteString("request_id", Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)));
            writer.WritePropertyName("body");
            writer.WriteRawValue(body, skipInputValidation: true);
            writer.WriteEndObject();
            writer.WriteNull("error");
            writer.WriteEndObject();
        }

        return new LineResult(status is >= 200 and < 300, buffer.ToArray(), input, output);
    }

    private static async Task<(int Status, byte[] Body)> AnswerAsync(EmulatorState state, BatchLine line, CancellationToken cancellationToken)
    {
        var http = new DefaultHttpContext();
        using var body = new MemoryStream();
        http.Response.Body = body;
        try
        {
            if (line.Body.TryGetProperty("stream", out var stream) && stream.ValueKind == JsonValueKind.True)
            {
                throw Errors.InvalidValue("stream", "Streaming is not supported in batch requests.");
            }

            var route = s_lineRoutes.Find("POST", line.Path, out var values, out _)!;
            var request = new EmulatorRequest("POST", line.Path, string.Empty, new HeaderDictionary(), line.Body, state.Clock.GetUtcNow());
            await route.Handler(new EndpointContext(http, request, values, null, state, cancellationToken)).ConfigureAwait(false);
            return (http.Response.StatusCode, body.ToArray());
        }
        catch (EmulatorApiException ex)
        {
            return (ex.StatusCode, ErrorBody(ex.Error));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A bug in a handler fails its line, as a request would get a 500, rather than every later poll.
            return (500, ErrorBody(new ApiError { Message = $"The emulator failed: {ex.Message}", Type = "server_error" }));
        }
    }

    private static byte[] ErrorBody(ApiError error) =>
        Wire.ToUtf8(new ApiErrorResponse { Error = error }, RecordsJsonContext.Default.ApiErrorResponse, Wire.ErrorNulls);

    /// <summary>The input and output tokens a body reports (chat and completions name them prompt and completion tokens).</summary>
    private static (long Input, long Output) Usage(byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        if (!document.RootElement.TryGetProperty("usage", out var usage) || usage.ValueKind != JsonValueKind.Object)
        {
            return (0, 0);
        }

        return (Tokens(usage, "prompt_tokens", "input_tokens"), Tokens(usage, "completion_tokens", "output_tokens"));
    }

    private static long Tokens(JsonElement usage, string name, string otherName) =>
        (usage.TryGetProperty(name, out var value) || usage.TryGetProperty(otherName, out value)) && value.TryGetInt64(out var tokens) ? tokens : 0;

    /// <summary>Writes the output file (the 2xx lines) and the error file (the others, and for an expired batch a
    /// <c>batch_expired</c> line per request that never ran), each only when it has lines.</summary>
    private static (string? Output, string? Error) WriteFiles(EmulatorState state, EmulatedBatch batch, DateTimeOffset endedAt)
    {
        using var output = new MemoryStream();
        using var errors = new MemoryStream();
        foreach (var result in batch.Results)
        {
            var file = result.Succeeded ? output : errors;
            file.Write(result.Json);
            file.WriteByte((byte)'\n');
        }

        if (batch.StatusAt(endedAt) == BatchStatus.Expired)
        {
            foreach (var line in batch.Lines.Skip(batch.Results.Count))
            {
                errors.Write(Expired(line.CustomId));
                errors.WriteByte((byte)'\n');
            }
        }

        return (Store(state, batch, "output", output, endedAt), Store(state, batch, "error", errors, endedAt));
    }

    private static string? Store(EmulatorState state, EmulatedBatch batch, string kind, MemoryStream content, DateTimeOffset endedAt) =>
        content.Length == 0 ? null : state.Files.Add(FilePurpose.BatchOutput, $"{batch.Id}_{kind}.jsonl", content.ToArray(), null, endedAt).Id;

    private static byte[] Expired(string customId)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("id", "batch_req_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)));
            writer.WriteString("custom_id", customId);
            writer.WriteNull("response");
            writer.WriteStartObject("error");
            writer.WriteString("code", "batch_expired");
            writer.WriteString("message", "This request could not be executed before the completion window expired.");
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
