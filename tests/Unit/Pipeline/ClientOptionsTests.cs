using System;
using System.Net.Http;
using System.Threading.Tasks;
using RichardSzalay.MockHttp;

namespace Oai.UnitTests.Pipeline;

/// <summary>Options are validated when the client is built, copied, and fall back to the environment.</summary>
[Collection("Environment")]
public sealed class ClientOptionsTests
{
    [Fact]
    public void A_missing_api_key_is_a_clear_argument_exception()
    {
        var previous = Environment.GetEnvironmentVariable("OPENAI_API_KEY");
        Environment.SetEnvironmentVariable("OPENAI_API_KEY", null);
        try
        {
            var ex = Assert.Throws<ArgumentException>(() => new OaiClient(new OaiClientOptions()));
            Assert.StartsWith("An API key is required: set OaiClientOptions.ApiKey or the OPENAI_API_KEY environment variable.", ex.Message, StringComparison.Ordinal);
            Assert.Throws<ArgumentException>(() => new OaiClient("  "));
            Assert.Throws<ArgumentNullException>(() => new OaiClient((string)null!));
        }
        finally
        {
            Environment.SetEnvironmentVariable("OPENAI_API_KEY", previous);
        }
    }

    [Fact]
    public void The_key_and_base_url_fall_back_to_the_environment()
    {
        var previousKey = Environment.GetEnvironmentVariable("OPENAI_API_KEY");
        var previousUrl = Environment.GetEnvironmentVariable("OPENAI_BASE_URL");
        Environment.SetEnvironmentVariable("OPENAI_API_KEY", "sk-from-env-000000000000");
        Environment.SetEnvironmentVariable("OPENAI_BASE_URL", "http://localhost:11434/v1");
        try
        {
            using var client = new OaiClient(new OaiClientOptions());
            Assert.Equal("http://localhost:11434/v1/", client.BaseUrl.AbsoluteUri);
        }
        finally
        {
            Environment.SetEnvironmentVariable("OPENAI_API_KEY", previousKey);
            Environment.SetEnvironmentVariable("OPENAI_BASE_URL", previousUrl);
        }
    }

    [Theory]
    [InlineData("max-retries")]
    [InlineData("timeout")]
    [InlineData("scheme")]
    [InlineData("auth-header")]
    [InlineData("newline-key")]
    [InlineData("capture-limit")]
    public void Invalid_options_are_rejected_when_the_client_is_built(string what)
    {
        var options = new OaiClientOptions { ApiKey = "sk-valid-000000000000" };
        switch (what)
        {
            case "max-retries": options.MaxRetries = -1; break;
            case "timeout": options.Timeout = TimeSpan.Zero; break;
            case "scheme": options.BaseUrl = new Uri("ftp://example.test/v1"); break;
            case "auth-header": options.DefaultHeaders["Authorization"] = "Bearer other"; break;
            case "newline-key": options.ApiKey = "sk-abc\r\nX-Evil: 1"; break;
            case "capture-limit": options.MaxCapturedContentLength = 10; break;
        }

        var ex = Assert.Throws<ArgumentException>(() => new OaiClient(options));
        Assert.Equal("options", ex.ParamName);
        Assert.DoesNotContain("sk-", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Options_changed_after_the_client_is_built_do_not_affect_it()
    {
        var recorder = new Recorder();
        using var mock = new MockHttpMessageHandler();
        recorder.Route(mock.When("*"), _ => Recorder.Json(TestClients.CompletionJson));
        var options = new OaiClientOptions { ApiKey = TestClients.ApiKey, BaseUrl = new Uri(TestClients.BaseUrl), Transport = mock, Project = "proj_a" };
        using var client = new OaiClient(options);

        options.Project = "proj_b";
        options.BaseUrl = new Uri("https://elsewhere.test/v1/");
        options.DefaultHeaders["X-Late"] = "1";
        await client.Chat.Completions.CreateAsync(TestClients.Hello());

        var sent = Assert.Single(recorder.Requests);
        Assert.Equal("proj_a", Assert.Single(sent.Headers.GetValues("OpenAI-Project")));
        Assert.Equal(TestClients.BaseUrl + "chat/completions", sent.Uri.AbsoluteUri);
        Assert.False(sent.Headers.Contains("X-Late"));
    }

    [Fact]
    public async Task A_callers_http_client_is_used_for_every_attempt_and_not_disposed()
    {
        var recorder = new Recorder();
        using var mock = new MockHttpMessageHandler();
        recorder.Route(mock.When("*"), attempt => attempt == 1
            ? Recorder.Json("{}", System.Net.HttpStatusCode.ServiceUnavailable)
            : Recorder.Json(TestClients.CompletionJson));
        using var http = new HttpClient(mock);
        var options = new OaiClientOptions { ApiKey = TestClients.ApiKey, BaseUrl = new Uri(TestClients.BaseUrl), RetryBaseDelay = TimeSpan.FromMilliseconds(1) };

        using (var client = new OaiClient(options, http))
        {
            var reply = await client.Chat.Completions.CreateAsync(TestClients.Hello());
            Assert.Equal("chatcmpl-1", reply.Id);
        }

        Assert.Equal(2, recorder.Requests.Count);
        Assert.Equal(recorder.Requests[0].Body, recorder.Requests[1].Body);
        // Still usable: the client did not dispose the caller's HttpClient.
        using var after = await http.GetAsync(new Uri(TestClients.BaseUrl + "models"));
    }

    [Fact]
    public void ToString_names_the_endpoint_and_never_the_key()
    {
        using var client = new OaiClient(new OaiClientOptions { ApiKey = TestClients.ApiKey, BaseUrl = new Uri("https://api.openai.com/v1") });

        Assert.Equal("OaiClient(https://api.openai.com/v1/)", client.ToString());
    }

    [Fact]
    public void A_transport_given_together_with_an_http_client_is_refused_not_silently_ignored()
    {
        using var mock = new MockHttpMessageHandler();
        using var http = new HttpClient();
        var options = new OaiClientOptions { ApiKey = TestClients.ApiKey, Transport = mock };

        var ex = Assert.Throws<ArgumentException>(() => new OaiClient(options, http));

        Assert.StartsWith("OaiClientOptions.Transport and an HttpClient are alternatives", ex.Message, StringComparison.Ordinal);
        Assert.Equal("httpClient", ex.ParamName);
    }
}
