using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using Oai.Chat;
using Oai.Embeddings;

namespace Oai.IntegrationTests.ExtensionsAI;

/// <summary>Streaming through the <see cref="IChatClient"/> adapter (text, function calls in pieces, usage, finish
/// reason, inside a tool loop) and the <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/> adapter.</summary>
[Collection("Telemetry")]
public sealed class StreamingAndEmbeddingsAdapterTests
{
    private static string Sse(params string[] payloads)
    {
        var text = new StringBuilder();
        foreach (var payload in payloads)
        {
            text.Append("data: ").Append(payload).Append("\n\n");
        }

        return text.Append("data: [DONE]\n\n").ToString();
    }

    private static string Chunk(string model, string delta, string? finish = null) =>
        $$$"""{"id":"chatcmpl-s","object":"chat.completion.chunk","created":1764500000,"model":"{{{model}}}","choices":[{"index":0,"delta":{{{delta}}},"finish_reason":{{{(finish is null ? "null" : $"\"{finish}\"")}}}}]}""";

    private static string Usage(string model, int prompt, int completion) =>
        $$$"""{"id":"chatcmpl-s","object":"chat.completion.chunk","created":1764500000,"model":"{{{model}}}","choices":[],"usage":{"prompt_tokens":{{{prompt}}},"completion_tokens":{{{completion}}},"total_tokens":{{{prompt + completion}}}}}""";

    [Fact]
    public async Task A_stream_gives_text_as_it_comes_then_the_function_call_whole_with_usage_and_finish_reason()
    {
        const string model = "stream-map";
        await using var server = await ScriptedServer.StartAsync((_, _) => Sse(
            Chunk(model, """{"role":"assistant","content":"Let me"}"""),
            Chunk(model, """{"content":" check."}"""),
            Chunk(model, """{"tool_calls":[{"index":0,"id":"call_9","type":"function","function":{"name":"get_weather","arguments":"{\"ci"}}]}"""),
            Chunk(model, """{"tool_calls":[{"index":0,"function":{"arguments":"ty\":\"Oslo\"}"}}]}"""),
            Chunk(model, "{}", "tool_calls"),
            Usage(model, 12, 7)));
        using var oai = new OaiClient(new OaiClientOptions { ApiKey = "sk-stream-test", BaseUrl = server.BaseUrl });
        using var chat = oai.AsIChatClient(model);

        var updates = new List<ChatResponseUpdate>();
        await foreach (var update in chat.GetStreamingResponseAsync("Weather in Oslo?"))
        {
            updates.Add(update);
        }

        Assert.Equal(7, updates.Count); // six chunks, then the folded function call
        Assert.Equal("Let me check.", string.Concat(updates.Select(u => u.Text)));
        Assert.All(updates.Take(6), u => Assert.IsType<ChatCompletionChunk>(u.RawRepresentation));
        var call = Assert.Single(updates[^1].Contents.OfType<FunctionCallContent>());
        Assert.Equal(("call_9", "get_weather", "Oslo"), (call.CallId, call.Name, call.Arguments!["city"]?.ToString()));
        Assert.Equal(ChatFinishReason.ToolCalls, updates[^1].FinishReason);
        var usage = Assert.Single(updates.SelectMany(u => u.Contents).OfType<UsageContent>()).Details;
        Assert.Equal((12L, 7L, 19L), (usage.InputTokenCount, usage.OutputTokenCount, usage.TotalTokenCount));
        Assert.All(updates, u => Assert.Equal(("chatcmpl-s", model), (u.ResponseId, u.ModelId)));

        var body = server.Bodies.Single();
        Assert.True(body.GetProperty("stream").GetBoolean());
        Assert.True(body.GetProperty("stream_options").GetProperty("include_usage").GetBoolean());

        var whole = updates.ToChatResponse();
        Assert.Equal(19, whole.Usage?.TotalTokenCount);
    }

    [Fact]
    public async Task A_streamed_tool_loop_calls_the_function_then_streams_the_answer_one_span_per_call()
    {
        const string model = "stream-loop";
        await using var server = await ScriptedServer.StartAsync((number, _) => number == 1
            ? Sse(
                Chunk(model, """{"role":"assistant","tool_calls":[{"index":0,"id":"call_a","type":"function","function":{"name":"add","arguments":""}},{"index":1,"id":"call_b","type":"function","function":{"name":"add","arguments":""}}]}"""),
                Chunk(model, """{"tool_calls":[{"index":0,"function":{"arguments":"{\"a\":1,\"b\":2}"}},{"index":1,"function":{"arguments":"{\"a\":3,\"b\":4}"}}]}"""),
                Chunk(model, "{}", "tool_calls"),
                Usage(model, 10, 5))
            : Sse(
                Chunk(model, """{"role":"assistant","content":"3 and "}"""),
                Chunk(model, """{"content":"7."}""", "stop"),
                Usage(model, 30, 4)));
        using var recorder = SpanRecorder.ForModel(model);
        var sums = new List<int>();
        using var oai = new OaiClient(new OaiClientOptions { ApiKey = "sk-stream-test", BaseUrl = server.BaseUrl });
        using IChatClient chat = new ChatClientBuilder(oai.AsIChatClient(model)).UseFunctionInvocation().Build();
        var options = new ChatOptions { Tools = [AIFunctionFactory.Create((int a, int b) => { lock (sums) { sums.Add(a + b); } return a + b; }, "add")] };

        var text = new StringBuilder();
        await foreach (var update in chat.GetStreamingResponseAsync("1+2 and 3+4?", options))
        {
            text.Append(update.Text);
        }

        Assert.Equal("3 and 7.", text.ToString());
        Assert.Equal([3, 7], sums);
        var second = server.Bodies[1].GetProperty("messages").EnumerateArray().ToList();
        Assert.Equal(["user", "assistant", "tool", "tool"], second.Select(m => m.GetProperty("role").GetString()));
        Assert.Equal("""{"a":1,"b":2}""", second[1].GetProperty("tool_calls")[0].GetProperty("function").GetProperty("arguments").GetString());
        Assert.Equal(("call_b", "7"), (second[3].GetProperty("tool_call_id").GetString(), second[3].GetProperty("content").GetString()));
        Assert.Equal(2, recorder.Spans.Count);
        Assert.All(recorder.Spans, s => Assert.Equal(ActivityStatusCode.Unset, s.Status));
    }

    [Fact]
    public async Task Embeddings_come_back_in_the_order_of_the_inputs_with_usage_and_the_record()
    {
        await using var server = await ScriptedServer.StartAsync((_, _) => """
            {"object":"list","model":"text-embedding-3-small","usage":{"prompt_tokens":6,"total_tokens":6},
             "data":[{"object":"embedding","index":1,"embedding":[0.0,1.0,0.0]},{"object":"embedding","index":0,"embedding":[0.6,0.8,0.0]}]}
            """);
        using var oai = new OaiClient(new OaiClientOptions { ApiKey = "sk-embed-test", BaseUrl = server.BaseUrl });
        using var generator = oai.AsIEmbeddingGenerator("text-embedding-3-small", defaultDimensions: 3);

        var embeddings = await generator.GenerateAsync(["first", "second"]);

        Assert.Equal([0.6f, 0.8f, 0f], embeddings[0].Vector.ToArray());
        Assert.Equal([0f, 1f, 0f], embeddings[1].Vector.ToArray());
        Assert.All(embeddings, e => Assert.Equal("text-embedding-3-small", e.ModelId));
        Assert.Equal((6L, 6L), (embeddings.Usage?.InputTokenCount, embeddings.Usage?.TotalTokenCount));
        var body = server.Bodies.Single();
        Assert.Equal("""["first","second"]""", body.GetProperty("input").GetRawText());
        Assert.Equal(3, body.GetProperty("dimensions").GetInt32());
        Assert.Equal("text-embedding-3-small", body.GetProperty("model").GetString());
        Assert.Same(oai, generator.GetService<OaiClient>());
        Assert.Same(oai.Embeddings, generator.GetService<EmbeddingsClient>());
        Assert.Equal(3, generator.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelDimensions);

        var one = await generator.GenerateVectorAsync("first", new EmbeddingGenerationOptions { ModelId = "text-embedding-3-large", Dimensions = 2 });
        Assert.Equal([0.6f, 0.8f, 0f], one.ToArray());
        Assert.Equal(("text-embedding-3-large", 2), (server.Bodies[1].GetProperty("model").GetString(), server.Bodies[1].GetProperty("dimensions").GetInt32()));
    }
}
