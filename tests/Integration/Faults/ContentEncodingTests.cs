using System;
using System.IO;
using System.IO.Compression;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Oai.IntegrationTests.Servers;
using Oai.IntegrationTests.Telemetry;

namespace Oai.IntegrationTests.Faults;

/// <summary>A corrupt or mislabelled <c>Content-Encoding</c>, decoded by the client's own transport over real sockets:
/// an invalid response (never retried), whether the call is JSON, a stream or a download; an error status keeps its status.</summary>
[Collection("Telemetry")]
public sealed class ContentEncodingTests
{
    private static Fault Encoded(int status, string contentType, string encoding, byte[] body) => async (context, _) =>
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        context.Response.Headers.ContentEncoding = encoding;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    };

    private static byte[] Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return buffer.ToArray();
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("deflate")]
    [InlineData("br")]
    public async Task A_json_body_labelled_with_an_encoding_it_does_not_have_is_an_invalid_response_not_retried(string encoding)
    {
        using var spans = SpanCapture.Start(nameof(A_json_body_labelled_with_an_encoding_it_does_not_have_is_an_invalid_response_not_retried) + encoding);
        await using var server = await FaultServer.StartAsync(Encoded(200, "application/json", encoding, Encoding.UTF8.GetBytes(Respond.CompletionJson("chatcmpl-plain"))));
        using var client = FaultClients.Create(server, FaultClients.ShortBackoff);

        var ex = await Assert.ThrowsAsync<OaiInvalidResponseException>(() => client.Chat.Completions.CreateAsync(FaultClients.Request(spans.Model)));

        Assert.StartsWith("The response to POST /v1/chat/completions could not be decoded (a corrupt or mislabelled Content-Encoding): ", ex.Message, StringComparison.Ordinal);
        Assert.NotNull(ex.InnerException);
        Assert.Equal(1, server.Requests);
        spans.AssertError("Oai.OaiInvalidResponseException");
    }

    [Fact]
    public async Task An_error_status_with_an_undecodable_body_is_still_the_api_error_of_its_status()
    {
        using var spans = SpanCapture.Start();
        await using var server = await FaultServer.StartAsync(Encoded(400, "application/json", "gzip", Encoding.UTF8.GetBytes(Respond.ErrorJson(400))));
        using var client = FaultClients.Create(server, FaultClients.ShortBackoff);

        var ex = await Assert.ThrowsAsync<OaiApiException>(() => client.Chat.Completions.CreateAsync(FaultClients.Request(spans.Model)));

        Assert.Equal("HTTP 400 (BadRequest) (request id req_1)", ex.Message);
        spans.AssertError("400");
    }

    [Fact]
    public async Task A_stream_whose_gzip_turns_corrupt_after_a_chunk_delivers_the_chunk_then_an_invalid_response()
    {
        using var spans = SpanCapture.Start();
        var first = Gzip($"data: {FaultClients.Chunk("Hel")}\n\n");
        var corrupt = new byte[first.Length + 64];
        first.CopyTo(corrupt, 0);
        new Random(7).NextBytes(corrupt.AsSpan(first.Length));
        corrupt[first.Length] = 0x1f;
        corrupt[first.Length + 1] = 0x8b;
        await using var server = await FaultServer.StartAsync(Encoded(200, "text/event-stream", "gzip", corrupt));
        using var client = FaultClients.Create(server);
        var text = new StringBuilder();

        var ex = await Assert.ThrowsAsync<OaiInvalidResponseException>(async () =>
        {
            await foreach (var chunk in client.Chat.Completions.CreateStreamAsync(FaultClients.Request(spans.Model)))
            {
                text.Append(chunk.Choices[0].Delta.Content);
            }
        });

        Assert.Equal("Hel", text.ToString());
        Assert.StartsWith("The stream from POST /v1/chat/completions could not be decoded (a corrupt or mislabelled Content-Encoding) after ", ex.Message, StringComparison.Ordinal);
        Assert.NotNull(ex.InnerException);
        spans.AssertError("Oai.OaiInvalidResponseException");
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    public async Task A_download_labelled_with_an_encoding_it_does_not_have_is_an_invalid_response(string encoding)
    {
        await using var server = await FaultServer.StartAsync(Encoded(200, "application/octet-stream", encoding, Encoding.UTF8.GetBytes("plain bytes, not compressed at all")));
        using var client = FaultClients.Create(server);

        var ex = await Assert.ThrowsAsync<OaiInvalidResponseException>(() => client.Files.ContentBytesAsync("file-1"));

        Assert.StartsWith("The content from GET /v1/files/file-1/content could not be decoded (a corrupt or mislabelled Content-Encoding) after 0 bytes: ", ex.Message, StringComparison.Ordinal);
    }
}
