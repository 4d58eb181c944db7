using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Oai.Embeddings;
using Oai.UnitTests.Pipeline;
using Oai.UnitTests.TestSupport;
using RichardSzalay.MockHttp;

namespace Oai.UnitTests.Embeddings;

/// <summary>Recorded real embeddings traffic replayed through the client with MockHttp: what was sent, what the user reads.</summary>
public sealed class EmbeddingRecordingTests
{
    private static async Task<(CreateEmbeddingResponse Response, Captured Sent)> Replay(string recording, EmbeddingRequest request)
    {
        var entry = Recording.LoadEntries("openai-dotnet", "EmbeddingsTests", recording).Single();
        using var mock = new MockHttpMessageHandler();
        var recorder = new Recorder();
        recorder.Route(mock.When(HttpMethod.Post, TestClients.BaseUrl + "embeddings"), _ => Recorder.Json(entry.BodyJson, (HttpStatusCode)entry.StatusCode));
        using var client = TestClients.Create(mock, options => options.MaxRetries = 0);

        var response = await client.Embeddings.CreateAsync(request);

        return (response, recorder.Requests.Single());
    }

    [Fact]
    public async Task GenerateSingleEmbedding_sends_base64_by_default_and_decodes_1536_floats()
    {
        var (response, sent) = await Replay("GenerateSingleEmbedding.json", new EmbeddingRequest { Model = "text-embedding-3-small", Input = "Hello, world!" });

        RequestJson.Equal("""{"model":"text-embedding-3-small","input":"Hello, world!","encoding_format":"base64"}""", sent.Body);
        Assert.Equal(ObjectKind.List, response.Object);
        Assert.Equal("text-embedding-3-small", response.Model);
        var embedding = Assert.Single(response.Data);
        Assert.Equal(ObjectKind.Embedding, embedding.Object);
        Assert.Equal(0, embedding.Index);
        Assert.Equal(1536, embedding.Vector.Length);
        Assert.Equal(-0.019143931567668915f, embedding.Vector.Span[0]);
        Assert.Equal(-0.025292053818702698f, embedding.Vector.Span[1]);
        Assert.Equal(-0.010628043673932552f, embedding.Vector.Span[^1]);
        Assert.Equal(4, response.Usage!.PromptTokens);
        Assert.Equal(4, response.Usage.TotalTokens);
    }

    [Fact]
    public async Task GenerateMultipleEmbeddings_decodes_three_vectors_of_the_requested_456_dimensions()
    {
        var (response, sent) = await Replay("GenerateMultipleEmbeddings(UsingStrings).json", new EmbeddingRequest
        {
            Model = "text-embedding-3-small",
            Input = new[] { "Hello, world!", "This is a test.", "Goodbye!" },
            Dimensions = 456,
        });

        RequestJson.Equal(
            """{"model":"text-embedding-3-small","input":["Hello, world!","This is a test.","Goodbye!"],"dimensions":456,"encoding_format":"base64"}""",
            sent.Body);
        Assert.Equal([0, 1, 2], response.Data.Select(e => e.Index));
        Assert.All(response.Data, e => Assert.Equal(456, e.Vector.Length));
        Assert.Equal(-0.029734965413808823f, response.GetVector(0).Span[0]);
        Assert.Equal(0.023591550067067146f, response.GetVector(0).Span[^1]);
        Assert.Equal(0.017120949923992157f, response.GetVector(1).Span[0]);
        Assert.Equal(9.748421871336177e-05f, response.GetVector(1).Span[1]);
        Assert.Equal(-0.03724048286676407f, response.GetVector(1).Span[^1]);
        Assert.Equal(0.042720966041088104f, response.GetVector(2).Span[0]);
        Assert.Equal(-0.027326550334692f, response.GetVector(2).Span[^1]);
        Assert.Equal(12, response.Usage!.PromptTokens);
        Assert.Equal(12, response.Usage.TotalTokens);
    }

    [Fact]
    public async Task BadOptions_is_a_typed_400_naming_the_problem()
    {
        var ex = await Assert.ThrowsAsync<OaiApiException>(() => Replay(
            "BadOptions.json",
            new EmbeddingRequest { Model = "text-embedding-3-small", Input = "foo", Dimensions = -42 }));

        Assert.Equal(HttpStatusCode.BadRequest, ex.StatusCode);
        Assert.Equal("invalid_request_error", ex.ErrorType);
        Assert.Null(ex.Code);
        Assert.Null(ex.Param);
        Assert.Equal("-42 is less than the minimum of 1 - 'dimensions'", ex.ApiMessage);
    }

    [Fact]
    public async Task A_caller_who_asks_for_float_gets_floats_parsed_from_the_json_array()
    {
        using var mock = new MockHttpMessageHandler();
        var recorder = new Recorder();
        recorder.Route(mock.When("*"), _ => Recorder.Json(
            """{"object":"list","data":[{"object":"embedding","index":0,"embedding":[0.0023064255,-0.009327292,1.5]}],"model":"text-embedding-ada-002","usage":{"prompt_tokens":2,"total_tokens":2}}"""));
        using var client = TestClients.Create(mock);

        var response = await client.Embeddings.CreateAsync(new EmbeddingRequest
        {
            Model = "text-embedding-ada-002",
            Input = "hi",
            EncodingFormat = EmbeddingEncodingFormat.Float,
        });

        Assert.Equal("float", JsonNode.Parse(recorder.Requests.Single().Body)!["encoding_format"]!.GetValue<string>());
        Assert.Equal([0.0023064255f, -0.009327292f, 1.5f], response.GetVector(0).ToArray());
    }
}
