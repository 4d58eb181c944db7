using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using RichardSzalay.MockHttp;

namespace Oai.UnitTests.Pipeline;

public sealed class RequestHeaderTests
{
    [Fact]
    public async Task Sends_auth_organization_project_user_agent_and_default_headers()
    {
        HttpRequestMessage? seen = null;
        using var mock = new MockHttpMessageHandler();
        mock.When(HttpMethod.Post, TestClients.BaseUrl + "chat/completions")
            .With(request => { seen = request; return true; })
            .Respond(_ => new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = TestClients.Json(TestClients.CompletionJson) });
        using var client = TestClients.Create(mock, options =>
        {
            options.Organization = "org-123";
            options.Project = "proj_456";
            options.UserAgentApplicationId = "my-app/1.2";
            options.DefaultHeaders["X-Gateway"] = "blue";
        });

        var per = new RequestOptions();
        per.Headers["X-Call"] = "one";
        await client.Chat.Completions.CreateAsync(TestClients.Hello(), per);

        Assert.NotNull(seen);
        Assert.Equal("Bearer", seen!.Headers.Authorization!.Scheme);
        Assert.Equal(TestClients.ApiKey, seen.Headers.Authorization.Parameter);
        Assert.Equal("org-123", seen.Headers.GetValues("OpenAI-Organization").Single());
        Assert.Equal("proj_456", seen.Headers.GetValues("OpenAI-Project").Single());
        Assert.Equal("blue", seen.Headers.GetValues("X-Gateway").Single());
        Assert.Equal("one", seen.Headers.GetValues("X-Call").Single());
        Assert.Equal("application/json", seen.Headers.Accept.Single().MediaType);
        Assert.Equal("application/json", seen.Content!.Headers.ContentType!.MediaType);
        var userAgent = string.Join(" ", seen.Headers.GetValues("User-Agent"));
        Assert.StartsWith("my-app/1.2 OaiClient/", userAgent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Omits_organization_and_project_when_not_set()
    {
        HttpRequestMessage? seen = null;
        using var mock = new MockHttpMessageHandler();
        mock.When("*").With(request => { seen = request; return true; }).Respond("application/json", TestClients.CompletionJson);
        using var client = TestClients.Create(mock);

        await client.Chat.Completions.CreateAsync(TestClients.Hello());

        Assert.False(seen!.Headers.Contains("OpenAI-Organization"), "no organization header expected");
        Assert.False(seen.Headers.Contains("OpenAI-Project"), "no project header expected");
    }

    [Theory]
    [InlineData("https://example.test/v1", "https://example.test/v1/chat/completions")]
    [InlineData("https://example.test/v1/", "https://example.test/v1/chat/completions")]
    [InlineData("http://127.0.0.1:8080/openai/v1", "http://127.0.0.1:8080/openai/v1/chat/completions")]
    public async Task Base_url_works_with_or_without_trailing_slash(string baseUrl, string expected)
    {
        Uri? seen = null;
        using var mock = new MockHttpMessageHandler();
        mock.When("*").With(request => { seen = request.RequestUri; return true; }).Respond("application/json", TestClients.CompletionJson);
        using var client = TestClients.Create(mock, options => options.BaseUrl = new Uri(baseUrl));

        await client.Chat.Completions.CreateAsync(TestClients.Hello());

        Assert.Equal(expected, seen!.AbsoluteUri);
    }

    [Fact]
    public async Task A_stream_asks_for_event_stream_and_usage()
    {
        var recorder = new Recorder();
        using var mock = new MockHttpMessageHandler();
        recorder.Route(mock.When("*"), _ => Recorder.Sse("data: [DONE]\n\n"));
        using var client = TestClients.Create(mock);

        await foreach (var _ in client.Chat.Completions.CreateStreamAsync(TestClients.Hello()))
        {
        }

        var body = recorder.Requests.Single().Body;
        Assert.Equal("text/event-stream", recorder.Requests.Single().Headers.Accept.Single().MediaType);
        Assert.Contains("\"stream\":true", body, StringComparison.Ordinal);
        Assert.Contains("\"stream_options\":{\"include_usage\":true}", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_caller_stream_options_is_sent_unchanged()
    {
        var recorder = new Recorder();
        using var mock = new MockHttpMessageHandler();
        recorder.Route(mock.When("*"), _ => Recorder.Sse("data: [DONE]\n\n"));
        using var client = TestClients.Create(mock);
        var request = TestClients.Hello() with { StreamOptions = new Oai.StreamOptions { IncludeUsage = false } };

        await foreach (var _ in client.Chat.Completions.CreateStreamAsync(request))
        {
        }

        var body = recorder.Requests.Single().Body;
        Assert.Contains("\"stream_options\":{\"include_usage\":false}", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_non_streaming_call_never_sends_stream_true()
    {
        var recorder = new Recorder();
        using var mock = new MockHttpMessageHandler();
        recorder.Route(mock.When("*"), _ => Recorder.Json(TestClients.CompletionJson));
        using var client = TestClients.Create(mock);

        await client.Chat.Completions.CreateAsync(TestClients.Hello() with { Stream = true });

        var body = recorder.Requests.Single().Body;
        Assert.DoesNotContain("\"stream\"", body, StringComparison.Ordinal);
    }
}
