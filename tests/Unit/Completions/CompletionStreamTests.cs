using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Oai.Chat;
using Oai.Completions;
using Oai.UnitTests.Pipeline;
using Oai.UnitTests.TestSupport;
using RichardSzalay.MockHttp;

namespace Oai.UnitTests.Completions;

/// <summary>A legacy completion stream (fixture in the legacy wire shape) read through the client and folded back.</summary>
public sealed class CompletionStreamTests
{
    private static CompletionRequest Request => new() { Model = "gpt-3.5-turbo-instruct", Prompt = "Say hello", N = 2, Logprobs = 1 };

    private static async Task<(List<Completion> Chunks, Captured Sent)> Read(string sse, CompletionRequest? request = null)
    {
        using var mock = new MockHttpMessageHandler();
        var recorder = new Recorder();
        recorder.Route(mock.When(HttpMethod.Post, TestClients.BaseUrl + "completions"), _ => Recorder.Sse(sse));
        using var client = TestClients.Create(mock, options => options.MaxRetries = 0);
        var chunks = new List<Completion>();
        await foreach (var chunk in client.Completions.CreateStreamAsync(request ?? Request))
        {
            chunks.Add(chunk);
        }

        return (chunks, recorder.Requests.Single());
    }

    [Fact]
    public async Task The_stream_request_sets_stream_and_include_usage()
    {
        var (_, sent) = await Read(Fixtures.Read("legacy-completion-stream.sse"));

        RequestJson.Equal(
            """{"model":"gpt-3.5-turbo-instruct","prompt":"Say hello","n":2,"logprobs":1,"stream":true,"stream_options":{"include_usage":true}}""",
            sent.Body);
        Assert.Equal("text/event-stream", sent.Headers.Accept.Single().MediaType);
    }

    [Fact]
    public async Task A_caller_who_sets_stream_options_keeps_them()
    {
        var request = Request with { StreamOptions = new StreamOptions { IncludeUsage = false } };

        var (_, sent) = await Read(Fixtures.Read("legacy-completion-stream.sse"), request);

        Assert.Equal("""{"include_usage":false}""", JsonNode.Parse(sent.Body)!["stream_options"]!.ToJsonString());
    }

    [Fact]
    public async Task Every_chunk_parses_and_the_last_is_usage_only()
    {
        var (chunks, _) = await Read(Fixtures.Read("legacy-completion-stream.sse"));

        Assert.Equal(6, chunks.Count);
        Assert.All(chunks, c => Assert.Equal(ObjectKind.TextCompletion, c.Object));
        Assert.All(chunks, c => Assert.Equal("cmpl-legacy1", c.Id));
        Assert.True(chunks[0].TryGetText(out var first));
        Assert.Equal("Hello", first);
        Assert.False(chunks[5].TryGetText(out _));
        Assert.Equal([false, false, false, false, false, true], chunks.Select(c => c.IsUsageOnly));
        Assert.Equal("\"x1\"", chunks[2].AdditionalProperties!["obfuscation"].GetRawText());
        Assert.True(chunks[3].Choices[0].IsStoppedForLength);
    }

    [Fact]
    public async Task The_accumulator_folds_choices_text_logprobs_finish_reasons_and_usage()
    {
        var (chunks, _) = await Read(Fixtures.Read("legacy-completion-stream.sse"));
        var accumulator = new CompletionAccumulator();
        var texts = new List<string>();
        foreach (var chunk in chunks)
        {
            accumulator.Append(chunk);
            texts.Add(accumulator.Text);
        }

        var completion = accumulator.Build();

        Assert.Equal(["Hello", "Hello", "Hello world", "Hello world", "Hello world!", "Hello world!"], texts);
        Assert.Equal("cmpl-legacy1", completion.Id);
        Assert.Equal("gpt-3.5-turbo-instruct:20230824-v2", completion.Model);
        Assert.Equal(1770950813, completion.Created);
        Assert.Equal(ObjectKind.TextCompletion, completion.Object);
        Assert.Equal(2, completion.Choices.Count);
        Assert.Equal("Hello world!", completion.Choices[0].Text);
        Assert.Equal("Hi there", completion.Choices[1].Text);
        Assert.Equal([FinishReason.Stop, FinishReason.Length], accumulator.FinishReasons.Select(r => r!.Value));
        Assert.Equal(10, completion.Usage!.TotalTokens);

        var logprobs = completion.Choices[0].Logprobs!;
        Assert.Equal(["Hello", " world", "!"], logprobs.Tokens);
        Assert.Equal([-0.5, null, -0.0625], logprobs.TokenLogprobs);
        Assert.Equal([18, 23, 29], logprobs.TextOffset);
        Assert.Equal(-1.25, logprobs.TopLogprobs[0]!["Hi"]);
        Assert.Null(completion.Choices[1].Logprobs!.TopLogprobs[0]);
        Assert.Equal(-0.75, completion.Choices[1].Logprobs!.TokenLogprobs[1]);
    }

    [Fact]
    public async Task An_error_event_mid_stream_throws_the_typed_api_exception()
    {
        var sse = """
            data: {"id":"cmpl-1","object":"text_completion","created":1,"model":"m","choices":[{"text":"Hel","index":0,"logprobs":null,"finish_reason":null}]}

            data: {"error":{"message":"The server had an error.","type":"server_error","param":null,"code":null}}


            """;
        var received = 0;

        var ex = await Assert.ThrowsAsync<OaiApiException>(async () =>
        {
            await foreach (var _ in CreateStream(sse))
            {
                received++;
            }
        });

        Assert.Equal(1, received);
        Assert.Equal("server_error", ex.ErrorType);
        Assert.Equal("The server had an error.", ex.ApiMessage);
    }

    [Fact]
    public async Task A_stream_cut_before_done_is_a_stream_exception()
    {
        var sse = """
            data: {"id":"cmpl-1","object":"text_completion","created":1,"model":"m","choices":[{"text":"Hel","index":0,"logprobs":null,"finish_reason":null}]}


            """;

        var ex = await Assert.ThrowsAsync<OaiStreamException>(() => Read(sse));

        Assert.StartsWith("The stream from POST /v1/completions ended before its [DONE] event", ex.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_http_error_surfaces_on_the_first_move_next_as_the_typed_exception()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(System.Net.HttpStatusCode.NotFound, "application/json",
            """{"error":{"message":"The model `nope` does not exist","type":"invalid_request_error","param":"model","code":"model_not_found"}}""");
        using var client = TestClients.Create(mock, options => options.MaxRetries = 0);
        var stream = client.Completions.CreateStreamAsync(Request with { Model = "nope" });

        await using var enumerator = stream.GetAsyncEnumerator();
        var ex = await Assert.ThrowsAsync<OaiApiException>(async () => await enumerator.MoveNextAsync());

        Assert.Equal(System.Net.HttpStatusCode.NotFound, ex.StatusCode);
        Assert.Equal("model_not_found", ex.Code);
        Assert.Equal("model", ex.Param);
    }

    private static async IAsyncEnumerable<Completion> CreateStream(string sse)
    {
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(_ => Recorder.Sse(sse));
        using var client = TestClients.Create(mock, options => options.MaxRetries = 0);
        await foreach (var chunk in client.Completions.CreateStreamAsync(Request))
        {
            yield return chunk;
        }
    }
}
