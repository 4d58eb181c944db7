using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Oai.Completions;
using Oai.UnitTests.Pipeline;
using Oai.UnitTests.TestSupport;
using RichardSzalay.MockHttp;

namespace Oai.UnitTests.Completions;

/// <summary>A whole legacy completion through the client: the request sent, the typed response, errors.</summary>
public sealed class CompletionsClientTests
{
    public const string CompletionJson = """
        {"id":"cmpl-uqkvlQyYK7bGYrRHQ0eXlWi7","object":"text_completion","created":1589478378,"model":"gpt-3.5-turbo-instruct",
         "system_fingerprint":"fp_44709d6fcb",
         "choices":[{"text":"\n\nThis is indeed a test","index":0,"logprobs":null,"finish_reason":"length"}],
         "usage":{"prompt_tokens":5,"completion_tokens":7,"total_tokens":12}}
        """;

    [Fact]
    public async Task Create_posts_the_request_without_stream_and_reads_the_completion()
    {
        using var mock = new MockHttpMessageHandler();
        var recorder = new Recorder();
        recorder.Route(mock.When(HttpMethod.Post, TestClients.BaseUrl + "completions"), _ => Recorder.Json(CompletionJson));
        using var client = TestClients.Create(mock);

        var completion = await client.Completions.CreateAsync(new CompletionRequest
        {
            Model = "gpt-3.5-turbo-instruct",
            Prompt = "Say this is a test",
            MaxTokens = 7,
            Stream = true,
        });

        var sent = recorder.Requests.Single();
        RequestJson.Equal("""{"model":"gpt-3.5-turbo-instruct","prompt":"Say this is a test","max_tokens":7}""", sent.Body);
        Assert.Equal("application/json", sent.Headers.Accept.Single().MediaType);
        Assert.Equal("cmpl-uqkvlQyYK7bGYrRHQ0eXlWi7", completion.Id);
        Assert.Equal(ObjectKind.TextCompletion, completion.Object);
        Assert.Equal(1589478378, completion.CreatedAt.ToUnixTimeSeconds());
        Assert.Equal("fp_44709d6fcb", completion.SystemFingerprint);
        Assert.True(completion.TryGetText(out var text));
        Assert.Equal("\n\nThis is indeed a test", text);
        Assert.True(completion.Choices[0].IsStoppedForLength);
        Assert.False(completion.Choices[0].IsFiltered);
        Assert.Null(completion.Choices[0].Logprobs);
        Assert.Equal(12, completion.Usage!.TotalTokens);
        Assert.False(completion.IsUsageOnly);
    }

    [Fact]
    public async Task A_429_is_a_rate_limit_exception()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(HttpStatusCode.TooManyRequests, "application/json",
            """{"error":{"message":"Rate limit reached","type":"requests","param":null,"code":"rate_limit_exceeded"}}""");
        using var client = TestClients.Create(mock, options => options.MaxRetries = 0);

        var ex = await Assert.ThrowsAsync<OaiRateLimitException>(() =>
            client.Completions.CreateAsync(new CompletionRequest { Model = "m", Prompt = "p" }));

        Assert.Equal("rate_limit_exceeded", ex.Code);
    }

    [Fact]
    public async Task Missing_fields_keep_their_defaults()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond("application/json", """{"choices":[{"index":0,"text":null,"logprobs":{"tokens":null}}]}""");
        using var client = TestClients.Create(mock);

        var completion = await client.Completions.CreateAsync(new CompletionRequest { Model = "m", Prompt = "p" });

        Assert.Equal(string.Empty, completion.Id);
        Assert.Equal(ObjectKind.TextCompletion, completion.Object);
        Assert.Equal(string.Empty, completion.Choices[0].Text);
        Assert.Empty(completion.Choices[0].Logprobs!.Tokens);
        Assert.Empty(completion.Choices[0].Logprobs!.TopLogprobs);
        Assert.Null(completion.Choices[0].FinishReason);
    }
}
