using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Oai.Batches;
using Oai.Chat;
using Oai.Embeddings;

namespace Oai.UnitTests.Batches;

/// <summary>Result lines read as typed results: the endpoint's record on success, the error from the body or the
/// line otherwise, unknown fields kept, and a broken line reported with its number.</summary>
public sealed class BatchResultReaderTests
{
    private static Task<System.Collections.Generic.List<BatchResult<T>>> ReadAsync<T>(string text)
        where T : class =>
        BatchResultReader.ReadAsync<T>(new MemoryStream(Encoding.UTF8.GetBytes(text))).ToListAsync().AsTask();

    [Fact]
    public async Task Output_error_and_expired_lines_read_as_typed_results()
    {
        var results = await ReadAsync<ChatCompletion>(BatchJson.Lines(
        [
            BatchJson.Success("a", "4"),
            BatchJson.Failure("b", 400, "context_length_exceeded", "Too long."),
            BatchJson.Expired("c"),
        ]));

        Assert.Equal(["a", "b", "c"], results.Select(r => r.CustomId));
        var ok = results[0];
        Assert.True(ok.IsSuccess);
        Assert.Equal("batch_req_a", ok.Id);
        Assert.Equal(200, ok.StatusCode);
        Assert.Equal("req_a", ok.RequestId);
        Assert.True(ok.TryGetBody(out var completion));
        Assert.Equal("chatcmpl-a", completion.Id);
        Assert.True(completion.TryGetText(out var text));
        Assert.Equal("4", text);
        Assert.Null(ok.Error);

        var failed = results[1];
        Assert.False(failed.IsSuccess);
        Assert.Equal(400, failed.StatusCode);
        Assert.True(failed.TryGetError(out var error));
        Assert.Equal(("context_length_exceeded", "Too long.", "messages", "invalid_request_error"), (error.Code, error.Message, error.Param, error.Type));
        Assert.Null(failed.Body);

        var expired = results[2];
        Assert.Null(expired.StatusCode);
        Assert.Equal("batch_expired", expired.Error!.Code);
        Assert.Equal("This request could not be executed before the completion window expired.", expired.Error.Message);
    }

    [Fact]
    public async Task Embedding_results_read_as_the_embeddings_record_in_either_encoding()
    {
        const string Line = """{"id":"r","custom_id":"e","response":{"status_code":200,"request_id":"q","body":{"object":"list","model":"text-embedding-3-small","data":[{"object":"embedding","index":0,"embedding":"AACAPwAAAEA="}],"usage":{"prompt_tokens":1,"total_tokens":1}}},"error":null}""";

        var result = Assert.Single(await ReadAsync<CreateEmbeddingResponse>(Line + "\r\n"));

        Assert.Equal([1f, 2f], result.Body!.GetVector(0).ToArray());
    }

    [Fact]
    public async Task Unknown_line_fields_are_kept()
    {
        var line = BatchJson.Success("a", "4").TrimEnd('}') + ""","attempts":2}""";

        var result = Assert.Single(await ReadAsync<ChatCompletion>(line));

        Assert.Equal(2, result.AdditionalProperties!["attempts"].GetInt32());
    }

    [Fact]
    public async Task A_broken_line_throws_naming_its_line()
    {
        var text = BatchJson.Lines([BatchJson.Success("a", "4"), """{"custom_id":"b","response":{"status_code":"four hundred"}}""", BatchJson.Success("c", "4")]);

        var ex = await Assert.ThrowsAsync<JsonException>(() => ReadAsync<ChatCompletion>(text));

        Assert.Equal(1, ex.LineNumber);
    }

    [Fact]
    public async Task Errors_name_the_files_line_counting_blank_lines()
    {
        var wrongRecord = BatchJson.Lines([BatchJson.Success("a", "4"), string.Empty, "  ", EmbeddingLine]);
        var broken = BatchJson.Lines([string.Empty, BatchJson.Success("a", "4"), """{"custom_id":"b","response":{"status_code":"four hundred"}}"""]);

        var record = await Assert.ThrowsAsync<JsonException>(() => ReadAsync<ChatCompletion>(wrongRecord));
        var line = await Assert.ThrowsAsync<JsonException>(() => ReadAsync<ChatCompletion>(broken));

        Assert.Equal(
            (3L, "The result with custom_id 'e' has a 'list' body, not the ChatCompletion ('chat.completion') the results are read as: read a batch's results as the record of its endpoint."),
            (record.LineNumber, record.Message));
        Assert.Equal((2L, "$.response.status_code", 57L), (line.LineNumber, line.Path, line.BytePositionInLine));
        Assert.EndsWith("Path: $.response.status_code | LineNumber: 2 | BytePositionInLine: 57.", line.Message);
    }

    [Fact]
    public async Task A_successful_body_without_object_reads_as_the_record_reads_it()
    {
        const string Line = """{"id":"r1","custom_id":"a","response":{"status_code":200,"request_id":"q","body":{"id":"c","created":1,"model":"m","choices":[{"index":0,"message":{"role":"assistant","content":"hi"},"finish_reason":"stop"}]}},"error":null}""";

        var result = Assert.Single(await ReadAsync<ChatCompletion>(Line + "\n"));

        Assert.Equal(("hi", ObjectKind.ChatCompletion), (result.Body!.Choices[0].Message.Content, result.Body.Object));
    }

    private const string EmbeddingLine = """{"id":"r","custom_id":"e","response":{"status_code":200,"request_id":"q","body":{"object":"list","model":"text-embedding-3-small","data":[{"object":"embedding","index":0,"embedding":[1.0]}],"usage":{"prompt_tokens":1,"total_tokens":1}}},"error":null}""";

    private const string ModerationLine = """{"id":"r","custom_id":"m","response":{"status_code":200,"request_id":"q","body":{"id":"modr-1","model":"omni-moderation-latest","results":[{"flagged":false,"categories":{},"category_scores":{}}]}},"error":null}""";

    [Fact]
    public async Task Another_endpoints_body_is_refused_naming_the_custom_id_the_line_and_the_expected_record()
    {
        var text = BatchJson.Lines([BatchJson.Failure("b", 400, "invalid_value", "Bad."), EmbeddingLine]);

        var ex = await Assert.ThrowsAsync<JsonException>(() => ReadAsync<ChatCompletion>(text));

        Assert.Equal(
            "The result with custom_id 'e' has a 'list' body, not the ChatCompletion ('chat.completion') the results are read as: read a batch's results as the record of its endpoint.",
            ex.Message);
        Assert.Equal(1, ex.LineNumber);
    }

    [Fact]
    public async Task Moderation_bodies_are_told_apart_by_their_results_and_no_object()
    {
        Assert.Equal("modr-1", Assert.Single(await ReadAsync<Oai.Moderations.CreateModerationResponse>(ModerationLine)).Body!.Id);

        var asModeration = await Assert.ThrowsAsync<JsonException>(() => ReadAsync<Oai.Moderations.CreateModerationResponse>(BatchJson.Success("a", "4")));
        Assert.StartsWith("The result with custom_id 'a' has a 'chat.completion' body, not the CreateModerationResponse (a moderation body)", asModeration.Message);
        var asCompletion = await Assert.ThrowsAsync<JsonException>(() => ReadAsync<Oai.Completions.Completion>(ModerationLine));
        Assert.StartsWith("The result with custom_id 'm' has a body with no 'object', not the Completion ('text_completion')", asCompletion.Message);
        Assert.Equal(0, asCompletion.LineNumber);
    }

    [Fact]
    public async Task Error_lines_are_read_whatever_the_record()
    {
        var result = Assert.Single(await ReadAsync<CreateEmbeddingResponse>(BatchJson.Failure("b", 400, "invalid_value", "Bad.")));

        Assert.Equal("invalid_value", result.Error!.Code);
    }

    [Fact]
    public void A_type_that_is_not_an_endpoint_record_is_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => BatchResultReader.ReadAsync<HttpListener>(new MemoryStream()));

        Assert.Equal("HttpListener is not a response record of this library. (Parameter 'TResponse')", ex.Message);
    }
}
