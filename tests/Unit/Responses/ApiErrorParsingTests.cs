using System.Text.Json;
using Oai.UnitTests.TestSupport;

namespace Oai.UnitTests.Responses;

/// <summary>Error bodies parse into <see cref="ApiErrorResponse"/> with their exact fields.</summary>
public sealed class ApiErrorParsingTests
{
    [Fact]
    public void AuthFailure_ReadsMessageTypeAndCode()
    {
        RecordedEntry entry = Assert.Single(Recording.LoadEntries("openai-dotnet", "ChatTests", "AuthFailure.json"));
        Assert.Equal(401, entry.StatusCode);

        ApiError? error = JsonSerializer.Deserialize(entry.BodyJson, RecordsJsonContext.Default.ApiErrorResponse)?.Error;

        Assert.NotNull(error);
        Assert.Equal(
            "Incorrect API key provided: not-a-re**************************ized. You can find your API key at https://platform.openai.com/account/api-keys.",
            error.Message);
        Assert.Equal("invalid_request_error", error.Type);
        Assert.Equal("invalid_api_key", error.Code);
        Assert.Null(error.Param);
    }

    [Fact]
    public void NumericCode_IsKeptAsItsText()
    {
        ApiErrorResponse? body = JsonSerializer.Deserialize(
            """{"error":{"message":"boom","type":"server_error","code":123,"param":null,"extra":true}}""",
            RecordsJsonContext.Default.ApiErrorResponse);

        Assert.Equal("123", body?.Error?.Code);
        Assert.True(body!.Error!.AdditionalProperties!["extra"].GetBoolean(), "Expected the unknown field kept.");
    }

    [Fact]
    public void ErrorEventInStream_ParsesIntoChunkError()
    {
        var chunk = JsonSerializer.Deserialize(
            """{"error":{"message":"The server had an error","type":"server_error","code":null}}""",
            RecordsJsonContext.Default.ChatCompletionChunk);

        Assert.Equal("The server had an error", chunk?.Error?.Message);
        Assert.Equal("server_error", chunk?.Error?.Type);
        Assert.Empty(chunk!.Choices);
        Assert.False(chunk.IsUsageOnly, "Expected an error event without usage not to count as the usage chunk.");
    }
}
