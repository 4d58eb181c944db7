using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Oai.Files;
using Oai.UnitTests.Pipeline;
using RichardSzalay.MockHttp;

namespace Oai.UnitTests.Files;

/// <summary>Listing files page by page, retrieving, deleting, downloading, and the errors each surfaces.</summary>
public sealed class FileListingAndContentTests
{
    internal static string File(string id) =>
        $$"""{"object":"file","id":"{{id}}","purpose":"batch","filename":"{{id}}.jsonl","bytes":10,"created_at":1,"expires_at":null,"status":"processed"}""";

    internal static string Page(bool hasMore, params string[] ids) =>
        $$"""{"object":"list","data":[{{string.Join(",", ids.Select(File))}}],"first_id":{{(ids.Length > 0 ? $"\"{ids[0]}\"" : "null")}},"last_id":{{(ids.Length > 0 ? $"\"{ids[^1]}\"" : "null")}},"has_more":{{(hasMore ? "true" : "false")}}}""";

    [Fact]
    public async Task Three_pages_are_followed_with_after_lazily_and_in_order()
    {
        var recorder = new Recorder();
        using var mock = new MockHttpMessageHandler();
        recorder.Route(mock.When("*"), n => Recorder.Json(n switch
        {
            1 => Page(true, "file-1", "file-2"),
            2 => Page(true, "file-3", "file-4"),
            _ => Page(false, "file-5"),
        }));
        using var client = TestClients.Create(mock);

        var listing = client.Files.ListAsync(purpose: FilePurpose.Batch, limit: 2, order: ListOrder.Ascending);
        Assert.Empty(recorder.Requests);
        var ids = await listing.Select(f => f.Id).ToListAsync();

        Assert.Equal(["file-1", "file-2", "file-3", "file-4", "file-5"], ids);
        Assert.Equal(
            [
                "/v1/files?purpose=batch&limit=2&order=asc",
                "/v1/files?purpose=batch&limit=2&order=asc&after=file-2",
                "/v1/files?purpose=batch&limit=2&order=asc&after=file-4",
            ],
            recorder.Requests.Select(r => r.Uri.PathAndQuery));
        Assert.All(recorder.Requests, r => Assert.Equal(HttpMethod.Get, r.Method));
    }

    [Fact]
    public async Task Reading_only_the_first_item_fetches_only_the_first_page()
    {
        var recorder = new Recorder();
        using var mock = new MockHttpMessageHandler();
        recorder.Route(mock.When("*"), _ => Recorder.Json(Page(true, "file-1", "file-2")));
        using var client = TestClients.Create(mock);

        var first = await client.Files.ListAsync().FirstAsync();

        Assert.Equal("file-1", first.Id);
        Assert.Single(recorder.Requests);
    }

    [Fact]
    public async Task An_empty_listing_yields_nothing_after_one_request()
    {
        var recorder = new Recorder();
        using var mock = new MockHttpMessageHandler();
        recorder.Route(mock.When("*"), _ => Recorder.Json("""{"object":"list","data":[],"has_more":false}"""));
        using var client = TestClients.Create(mock);

        var pages = await client.Files.ListAsync(after: "file-0").AsPagesAsync().ToListAsync();

        var page = Assert.Single(pages);
        Assert.Empty(page.Data);
        Assert.Null(page.FirstId);
        Assert.Equal("/v1/files?after=file-0", Assert.Single(recorder.Requests).Uri.PathAndQuery);
    }

    [Fact]
    public async Task Retrieve_and_delete_escape_the_id_and_read_the_records()
    {
        var recorder = new Recorder();
        using var mock = new MockHttpMessageHandler();
        recorder.Route(mock.When("*"), n => Recorder.Json(n == 1 ? File("file-1") : """{"object":"file","deleted":true,"id":"file/1"}"""));
        using var client = TestClients.Create(mock);

        var file = await client.Files.RetrieveAsync("file/1");
        var deleted = await client.Files.DeleteAsync("file/1");

        Assert.Equal("GET /v1/files/file%2F1", $"{recorder.Requests[0].Method} {recorder.Requests[0].Uri.AbsolutePath}");
        Assert.Equal("DELETE /v1/files/file%2F1", $"{recorder.Requests[1].Method} {recorder.Requests[1].Uri.AbsolutePath}");
        Assert.Equal("file-1.jsonl", file.FileName);
        Assert.Equal(new FileDeletionResult { Id = "file/1", Deleted = true }, deleted);
    }

    [Theory]
    [InlineData(HttpStatusCode.NotFound, "No such File object: file-x", "invalid_request_error", "id")]
    [InlineData(HttpStatusCode.BadRequest, "Invalid purpose", "invalid_request_error", "purpose")]
    public async Task Errors_surface_with_status_and_error_fields(HttpStatusCode status, string message, string type, string param)
    {
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(_ => Recorder.Json(
            $$$"""{"error":{"message":"{{{message}}}","type":"{{{type}}}","param":"{{{param}}}","code":null}}""", status));
        using var client = TestClients.Create(mock);

        var ex = await Assert.ThrowsAsync<OaiApiException>(() => client.Files.RetrieveAsync("file-x"));
        var listing = await Assert.ThrowsAsync<OaiApiException>(async () => await client.Files.ListAsync().ToListAsync());

        Assert.Equal(status, ex.StatusCode);
        Assert.Equal(message, ex.ApiMessage);
        Assert.Equal(type, ex.ErrorType);
        Assert.Equal(param, ex.Param);
        Assert.Equal(status, listing.StatusCode);
    }

    [Fact]
    public async Task Content_is_streamed_with_an_any_accept_header_and_its_conveniences_read_it_whole()
    {
        var recorder = new Recorder();
        using var mock = new MockHttpMessageHandler();
        recorder.Route(mock.When("*"), _ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent([1, 2, 3, 4]) });
        using var client = TestClients.Create(mock);

        await using var stream = await client.Files.ContentAsync("file-1");
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        var bytes = await client.Files.ContentBytesAsync("file-1");
        var path = Path.Combine(Path.GetTempPath(), $"oai-content-{Guid.NewGuid():N}.bin");
        try
        {
            Assert.Equal(4, await client.Files.DownloadToFileAsync("file-1", path));
            Assert.Equal([1, 2, 3, 4], await System.IO.File.ReadAllBytesAsync(path));
        }
        finally
        {
            System.IO.File.Delete(path);
        }

        Assert.Equal([1, 2, 3, 4], copy.ToArray());
        Assert.Equal([1, 2, 3, 4], bytes);
        Assert.False(stream.CanSeek);
        Assert.Equal("/v1/files/file-1/content", recorder.Requests[0].Uri.AbsolutePath);
        Assert.Equal("*/*", Assert.Single(recorder.Requests[0].Headers.Accept).MediaType);
    }

    [Fact]
    public async Task Content_errors_surface_before_the_stream_is_returned_and_no_file_is_left_behind()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(_ => Recorder.Json("""{"error":{"message":"No such File object: file-x","type":"invalid_request_error","param":"id","code":null}}""", HttpStatusCode.NotFound));
        using var client = TestClients.Create(mock);
        var path = Path.Combine(Path.GetTempPath(), $"oai-content-{Guid.NewGuid():N}.bin");

        var ex = await Assert.ThrowsAsync<OaiApiException>(() => client.Files.ContentAsync("file-x"));
        await Assert.ThrowsAsync<OaiApiException>(() => client.Files.DownloadToFileAsync("file-x", path));

        Assert.Equal(HttpStatusCode.NotFound, ex.StatusCode);
        Assert.False(System.IO.File.Exists(path), "Nothing is written when the download fails before its body.");
    }

    [Theory]
    [InlineData("\"created_at\":1770950813000000")]
    [InlineData("\"created_at\":1,\"expires_at\":-1e300")]
    public async Task A_timestamp_out_of_the_date_range_is_an_invalid_response_not_an_argument_exception(string times)
    {
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond("application/json", File("file-1").Replace("\"created_at\":1,\"expires_at\":null", times, StringComparison.Ordinal));
        using var client = TestClients.Create(mock);

        var ex = await Assert.ThrowsAsync<OaiInvalidResponseException>(() => client.Files.RetrieveAsync("file-1"));

        Assert.StartsWith("The files.retrieve response could not be read: invalid JSON", ex.Message, StringComparison.Ordinal);
    }
}
