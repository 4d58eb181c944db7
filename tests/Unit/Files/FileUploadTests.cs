using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Oai.Files;
using Oai.UnitTests.Pipeline;
using RichardSzalay.MockHttp;

namespace Oai.UnitTests.Files;

/// <summary>The multipart body of <c>POST /files</c>, and how uploads are retried (or not).</summary>
public sealed class FileUploadTests
{
    internal const string FileJson = """
        {"object":"file","id":"file-abc","purpose":"fine-tune","filename":"données-訓練.jsonl","bytes":11,
         "created_at":1780006002,"expires_at":1780009602,"status":"processed","status_details":null}
        """;

    private static readonly byte[] s_payload = Encoding.UTF8.GetBytes("{\"a\":1}\n{}\n");

    [Fact]
    public async Task The_body_carries_purpose_expiry_and_the_file_with_its_Unicode_name()
    {
        var recorder = new Recorder();
        using var mock = new MockHttpMessageHandler();
        recorder.Route(mock.When(HttpMethod.Post, TestClients.BaseUrl + "files"), _ => Recorder.Json(FileJson));
        using var client = TestClients.Create(mock);

        using var content = new MemoryStream(s_payload);
        var file = await client.Files.CreateAsync(
            content, "données-訓練.jsonl", FilePurpose.FineTune, FileExpiresAfter.AfterCreation(TimeSpan.FromHours(1)));

        var sent = Assert.Single(recorder.Requests);
        var type = sent.ContentHeaders!.ContentType!;
        Assert.Equal("multipart/form-data", type.MediaType);
        var boundary = type.Parameters.Single(p => p.Name == "boundary").Value!.Trim('"');
        var parts = sent.Body.Split("--" + boundary).Skip(1).SkipLast(1).Select(p => p.Trim('\r', '\n')).ToArray();
        Assert.Equal(
            [
                "Content-Disposition: form-data; name=\"purpose\"\r\n\r\nfine-tune",
                "Content-Disposition: form-data; name=\"expires_after[anchor]\"\r\n\r\ncreated_at",
                "Content-Disposition: form-data; name=\"expires_after[seconds]\"\r\n\r\n3600",
                "Content-Type: application/octet-stream\r\nContent-Disposition: form-data; name=\"file\"; filename=\"données-訓練.jsonl\"\r\n\r\n{\"a\":1}\n{}",
            ],
            parts);
        Assert.DoesNotContain("filename*", sent.Body, StringComparison.Ordinal);
        Assert.Equal("application/json", Assert.Single(sent.Headers.Accept).MediaType);
        Assert.Equal("file-abc", file.Id);
        Assert.True(file.TryGetExpiry(out var expiry));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1780009602), expiry);
        Assert.True(content.CanRead, "The caller's stream stays open.");
    }

    [Fact]
    public async Task The_stock_MultipartFormDataContent_would_mime_encode_a_Unicode_name_which_is_why_the_client_does_not_use_it()
    {
        using var body = new MultipartFormDataContent("b");
        body.Add(new ByteArrayContent([1]), "file", "données.jsonl");

        var text = await body.ReadAsStringAsync();

        Assert.Contains("filename=\"=?utf-8?B?", text, StringComparison.Ordinal);
        Assert.Contains("filename*=utf-8''donn%C3%A9es.jsonl", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_double_quote_or_line_break_in_a_name_is_percent_encoded()
    {
        var recorder = new Recorder();
        using var mock = new MockHttpMessageHandler();
        recorder.Route(mock.When("*"), _ => Recorder.Json(FileJson));
        using var client = TestClients.Create(mock);

        using var content = new MemoryStream(s_payload);
        await client.Files.CreateAsync(content, "a\"b\r\nc.txt", FilePurpose.UserData);

        Assert.Contains("filename=\"a%22b%0D%0Ac.txt\"", recorder.Requests[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_seekable_upload_is_rewound_and_resent_after_a_500()
    {
        var recorder = new Recorder();
        using var mock = new MockHttpMessageHandler();
        recorder.Route(mock.When("*"), attempt => attempt == 1 ? Recorder.Json("{}", HttpStatusCode.InternalServerError) : Recorder.Json(FileJson));
        using var client = TestClients.Create(mock);

        using var content = new MemoryStream(s_payload);
        var file = await client.Files.CreateAsync(content, "train.jsonl", FilePurpose.FineTune);

        Assert.Equal("file-abc", file.Id);
        Assert.Equal(2, recorder.Requests.Count);
        Assert.Contains("{\"a\":1}\n{}", recorder.Requests[1].Body, StringComparison.Ordinal);
        Assert.Equal(recorder.Requests[0].Body.Length, recorder.Requests[1].Body.Length);
    }

    [Fact]
    public async Task A_non_seekable_upload_is_sent_once_even_when_the_server_answers_500()
    {
        var recorder = new Recorder();
        using var mock = new MockHttpMessageHandler();
        recorder.Route(mock.When("*"), _ => Recorder.Json("""{"error":{"message":"boom","type":"server_error"}}""", HttpStatusCode.InternalServerError));
        using var client = TestClients.Create(mock);

        using var content = new ForwardOnlyStream(s_payload);
        var ex = await Assert.ThrowsAsync<OaiApiException>(() => client.Files.CreateAsync(content, "train.jsonl", FilePurpose.FineTune));

        Assert.Equal(HttpStatusCode.InternalServerError, ex.StatusCode);
        Assert.Single(recorder.Requests);
        Assert.Contains("{\"a\":1}\n{}", recorder.Requests[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Uploading_a_path_sends_only_the_file_name()
    {
        var recorder = new Recorder();
        using var mock = new MockHttpMessageHandler();
        recorder.Route(mock.When("*"), _ => Recorder.Json(FileJson));
        using var client = TestClients.Create(mock);
        var directory = Directory.CreateTempSubdirectory("oai-upload-");
        var path = Path.Combine(directory.FullName, "train.jsonl");
        await File.WriteAllBytesAsync(path, s_payload);
        try
        {
            await client.Files.CreateAsync(path, FilePurpose.FineTune);
        }
        finally
        {
            directory.Delete(recursive: true);
        }

        var body = recorder.Requests[0].Body;
        Assert.Contains("filename=\"train.jsonl\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain(directory.FullName, body, StringComparison.Ordinal);
    }
}
