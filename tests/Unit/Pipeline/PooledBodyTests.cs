using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Oai.Embeddings;
using RichardSzalay.MockHttp;

namespace Oai.UnitTests.Pipeline;

/// <summary>A JSON body is read into pooled segments inside the attempt and parsed where it lies: a body that spans
/// many segments, arrives a few bytes at a time, or does not parse reads exactly as a single array would.</summary>
public sealed class PooledBodyTests
{
    private const int Vectors = 40;
    private const int Dimensions = 3072;

    [Fact]
    public async Task A_body_of_many_segments_arriving_in_small_reads_parses_to_the_exact_values()
    {
        var (json, expected) = EmbeddingsBody();
        Assert.True(json.Length > 16 * 1024 * 8, $"Expected a body spanning several segments, got {json.Length} bytes.");
        var mock = new MockHttpMessageHandler();
        mock.When(HttpMethod.Post, TestClients.BaseUrl + "embeddings").Respond(_ => Respond(new StreamContent(new TrickleStream(json, 1000))));
        using var client = TestClients.Create(mock);

        var response = await client.Embeddings.CreateAsync(new EmbeddingRequest { Model = "text-embedding-3-large", Input = "x" });

        Assert.Equal(Vectors, response.Data.Count);
        for (var i = 0; i < Vectors; i++)
        {
            Assert.True(expected[i].AsSpan().SequenceEqual(response.Data[i].Vector.Span), $"Expected vector {i} to decode to the floats that were encoded.");
        }

        Assert.Equal("text-embedding-3-large", response.Model);
    }

    [Fact]
    public async Task A_large_body_that_does_not_parse_is_an_invalid_response_quoting_its_start()
    {
        var body = "{\"object\":\"list\",\"data\":[" + string.Concat(Enumerable.Repeat("{\"object\":\"embedding\",\"index\":0,\"embedding\":\"AAAAAA==\"},", 20_000)) + "oops";
        var mock = new MockHttpMessageHandler();
        mock.When(HttpMethod.Post, TestClients.BaseUrl + "embeddings").Respond(_ => Respond(new StringContent(body, Encoding.UTF8, "application/json")));
        using var client = TestClients.Create(mock);

        var ex = await Assert.ThrowsAsync<OaiInvalidResponseException>(() => client.Embeddings.CreateAsync(new EmbeddingRequest { Model = "m", Input = "x" }));

        // The path of a failure is named as it was when the body was parsed from a stream.
        Assert.StartsWith("The embeddings response could not be read: invalid JSON at $.data[20000] ('o' is an invalid start of a value). Body starts: {\"object\":\"list\",\"data\":[{\"object\":\"embedding\",\"index\":0,", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("oops")]
    [InlineData("{}")]
    public async Task A_large_body_with_bytes_after_its_json_value_is_an_invalid_response(string trailing)
    {
        var (json, _) = EmbeddingsBody();
        var body = Encoding.UTF8.GetString(json) + " \n" + trailing;
        var mock = new MockHttpMessageHandler();
        mock.When(HttpMethod.Post, TestClients.BaseUrl + "embeddings").Respond(_ => Respond(new StringContent(body, Encoding.UTF8, "application/json")));
        using var client = TestClients.Create(mock);

        var ex = await Assert.ThrowsAsync<OaiInvalidResponseException>(() => client.Embeddings.CreateAsync(new EmbeddingRequest { Model = "m", Input = "x" }));

        Assert.StartsWith($"The embeddings response could not be read: invalid JSON at $ ('{trailing[0]}' is invalid after a single JSON value. Expected end of data). Body starts: {{\"object\":\"list\"", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chat_completion_of_many_segments_reads_as_the_serializer_reads_it()
    {
        // A long answer: the hand-written reader gets the segments copied into one span.
        var json = LongChatCompletion();
        Assert.True(json.Length > 16 * 1024 * 4, $"Expected a body spanning several segments, got {json.Length} bytes.");
        var mock = new MockHttpMessageHandler();
        mock.When(HttpMethod.Post, TestClients.BaseUrl + "chat/completions").Respond(_ => Respond(new StreamContent(new TrickleStream(json, 1000))));
        using var client = TestClients.Create(mock);

        var completion = await client.Chat.Completions.CreateAsync(TestClients.Hello());

        Assert.Equal(
            JsonSerializer.Serialize(JsonSerializer.Deserialize(json, RecordsJsonContext.Default.ChatCompletion), RecordsJsonContext.Default.ChatCompletion),
            JsonSerializer.Serialize(completion, RecordsJsonContext.Default.ChatCompletion));
        Assert.StartsWith("word0 \u00e9 word1", completion.Choices[0].Message.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chat_completion_of_many_segments_with_bytes_after_it_is_an_invalid_response()
    {
        var json = LongChatCompletion().Concat(" x"u8.ToArray()).ToArray();
        var mock = new MockHttpMessageHandler();
        mock.When(HttpMethod.Post, TestClients.BaseUrl + "chat/completions").Respond(_ => Respond(new ByteArrayContent(json)));
        using var client = TestClients.Create(mock);

        var ex = await Assert.ThrowsAsync<OaiInvalidResponseException>(() => client.Chat.Completions.CreateAsync(TestClients.Hello()));

        Assert.StartsWith("The chat response could not be read: invalid JSON at $ ('x' is invalid after a single JSON value. Expected end of data). Body starts: {\"id\":\"chatcmpl-1\"", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chat_completion_that_does_not_parse_is_an_invalid_response_naming_the_serializers_path()
    {
        var mock = new MockHttpMessageHandler();
        mock.When(HttpMethod.Post, TestClients.BaseUrl + "chat/completions").Respond(_ => Respond(new StringContent(
            """{"id":"c","choices":[{"index":0,"message":{"tool_calls":[{"type":"function","function":{"arguments":{}}}]}}]}""", Encoding.UTF8, "application/json")));
        using var client = TestClients.Create(mock);

        var ex = await Assert.ThrowsAsync<OaiInvalidResponseException>(() => client.Chat.Completions.CreateAsync(TestClients.Hello()));

        Assert.StartsWith("The chat response could not be read: invalid JSON at $.function.arguments", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_success_body_says_so()
    {
        var mock = new MockHttpMessageHandler();
        mock.When(HttpMethod.Post, TestClients.BaseUrl + "chat/completions").Respond(_ => Respond(new ByteArrayContent([])));
        using var client = TestClients.Create(mock);

        var ex = await Assert.ThrowsAsync<OaiInvalidResponseException>(() => client.Chat.Completions.CreateAsync(TestClients.Hello()));

        Assert.EndsWith("(empty body)", ex.Message, StringComparison.Ordinal);
    }

    private static byte[] LongChatCompletion()
    {
        var answer = string.Concat(Enumerable.Range(0, 6_000).Select(i => $"word{i} \u00e9 "));
        return Encoding.UTF8.GetBytes($$$"""{"id":"chatcmpl-1","object":"chat.completion","created":1770950813,"model":"gpt-4o-mini","choices":[{"index":0,"message":{"role":"assistant","content":"{{{answer}}}","annotations":[]},"finish_reason":"stop","extra":{"a":1}}],"usage":{"prompt_tokens":1,"completion_tokens":2,"total_tokens":3}}""");
    }

    private static HttpResponseMessage Respond(HttpContent content)
    {
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
    }

    private static (byte[] Json, float[][] Vectors) EmbeddingsBody()
    {
        var random = new Random(12);
        var vectors = new float[Vectors][];
        var text = new StringBuilder("{\"object\":\"list\",\"data\":[");
        for (var i = 0; i < Vectors; i++)
        {
            vectors[i] = Enumerable.Range(0, Dimensions).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
            text.Append(i == 0 ? "" : ",").Append("{\"object\":\"embedding\",\"index\":").Append(i)
                .Append(",\"embedding\":\"").Append(Convert.ToBase64String(MemoryMarshal.AsBytes(vectors[i].AsSpan()))).Append("\"}");
        }

        text.Append("],\"model\":\"text-embedding-3-large\",\"usage\":{\"prompt_tokens\":1,\"total_tokens\":1}}");
        return (Encoding.UTF8.GetBytes(text.ToString()), vectors);
    }
}
