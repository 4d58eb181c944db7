using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.AI;
using Oai.Chat;
using Oai.IntegrationTests.Servers;
using AIChatMessage = Microsoft.Extensions.AI.ChatMessage;
using AIChatRole = Microsoft.Extensions.AI.ChatRole;

namespace Oai.IntegrationTests.ExtensionsAI;

/// <summary>The Chat Completions <see cref="IChatClient"/> adapter over real loopback HTTP: a FunctionInvokingChatClient
/// tool loop, option and message mapping, structured output, and one GenAI span per call; cancellation, typed errors and
/// a missing model for both chat adapters.</summary>
[Collection("Telemetry")]
public sealed class ChatClientAdapterTests
{
    [Fact]
    public async Task FunctionInvokingChatClient_runs_three_rounds_with_parallel_calls_one_span_per_call()
    {
        const string model = "tool-loop";
        await using var server = await ScriptedServer.StartAsync((number, _) => number switch
        {
            1 => ScriptedServer.Completion(model, $$"""{"role":"assistant","content":null,"tool_calls":[{{ScriptedServer.ToolCall("call_1", "get_weather", """{"city":"Paris"}""")}},{{ScriptedServer.ToolCall("call_2", "get_weather", """{"city":"Rome"}""")}}]}""", "tool_calls", 20, 30),
            2 => ScriptedServer.Completion(model, $$"""{"role":"assistant","content":null,"tool_calls":[{{ScriptedServer.ToolCall("call_3", "get_time", """{"city":"Paris"}""")}}]}""", "tool_calls", 60, 10),
            _ => ScriptedServer.Completion(model, """{"role":"assistant","content":"Paris: 18 C, sunny, 14:00. Rome: 24 C, sunny."}""", "stop", 90, 15),
        });
        var calls = new List<string>();
        var tools = new List<AITool>
        {
            AIFunctionFactory.Create([Description("The weather in a city")] (string city) =>
            {
                lock (calls) { calls.Add($"weather {city}"); }
                return city == "Paris" ? "18 C, sunny" : "24 C, sunny";
            }, "get_weather"),
            AIFunctionFactory.Create((string city) =>
            {
                lock (calls) { calls.Add($"time {city}"); }
                return "14:00";
            }, "get_time", "The local time in a city"),
        };
        using var recorder = SpanRecorder.ForModel(model);
        using var oai = Adapters.Client(server.BaseUrl);
        using IChatClient chat = new ChatClientBuilder(oai.AsIChatClient(model)).UseFunctionInvocation().Build();

        var response = await chat.GetResponseAsync("Weather and time in Paris and Rome?", new ChatOptions { Tools = tools });

        Assert.Equal("Paris: 18 C, sunny, 14:00. Rome: 24 C, sunny.", response.Text);
        Assert.Equal(["weather Paris", "weather Rome", "time Paris"], calls);
        Assert.Equal(3, server.Server.Requests);
        Assert.Equal(170, response.Usage?.InputTokenCount);
        Assert.Equal(55, response.Usage?.OutputTokenCount);
        Assert.Equal(ChatFinishReason.Stop, response.FinishReason);

        // Round 1 declares both tools with their JSON schemas.
        var first = server.Bodies[0];
        Assert.Equal(model, first.GetProperty("model").GetString());
        var declared = first.GetProperty("tools").EnumerateArray().Select(t => t.GetProperty("function")).ToList();
        Assert.Equal(["get_weather", "get_time"], declared.Select(f => f.GetProperty("name").GetString()));
        Assert.Equal("The weather in a city", declared[0].GetProperty("description").GetString());
        Assert.Equal("string", declared[0].GetProperty("parameters").GetProperty("properties").GetProperty("city").GetProperty("type").GetString());

        // Round 2 sends the assistant's two calls back as they came, then both results.
        var second = server.Bodies[1].GetProperty("messages").EnumerateArray().ToList();
        Assert.Equal(["user", "assistant", "tool", "tool"], second.Select(m => m.GetProperty("role").GetString()));
        Assert.Equal(["call_1", "call_2"], second[1].GetProperty("tool_calls").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
        Assert.Equal(("call_1", "18 C, sunny"), (second[2].GetProperty("tool_call_id").GetString(), second[2].GetProperty("content").GetString()));
        Assert.Equal(("call_2", "24 C, sunny"), (second[3].GetProperty("tool_call_id").GetString(), second[3].GetProperty("content").GetString()));

        // Round 3 has the whole conversation: two rounds of calls and results.
        var third = server.Bodies[2].GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("role").GetString());
        Assert.Equal(["user", "assistant", "tool", "tool", "assistant", "tool"], third);

        // Our pipeline traces each call once; nothing else in the adapter opens a span.
        Assert.Equal(3, recorder.Spans.Count);
        Assert.All(recorder.Spans, s => Assert.Equal($"chat {model}", s.DisplayName));
    }

    [Fact]
    public async Task Options_and_message_contents_map_to_the_request_fields()
    {
        await using var server = await ScriptedServer.StartAsync((_, _) =>
            ScriptedServer.Completion("gpt-4o-mini", """{"role":"assistant","content":"ok"}""", "stop"));
        using var oai = Adapters.Client(server.BaseUrl);
        using var chat = oai.AsIChatClient("default-model");
        var pdf = new DataContent(new byte[] { 0x25, 0x50, 0x44, 0x46 }, "application/pdf") { Name = "report.pdf" };
        var image = new UriContent(new Uri("https://example.com/cat.png"), "image/png") { AdditionalProperties = new() { ["detail"] = "low" } };
        AIChatMessage[] messages =
        [
            new(AIChatRole.System, "Be brief."),
            new(AIChatRole.User, [new TextContent("What is in these?"), image, pdf, new HostedFileContent("file-abc")]) { AuthorName = "ada" },
        ];
        var options = new ChatOptions
        {
            ModelId = "gpt-4o-mini",
            Instructions = "Answer in French.",
            Temperature = 0.25f,
            TopP = 0.5f,
            MaxOutputTokens = 300,
            StopSequences = ["END"],
            Seed = 42,
            FrequencyPenalty = 0.1f,
            PresencePenalty = 0.2f,
            Tools = [AIFunctionFactory.Create((int a, int b) => a + b, "add")],
            ToolMode = ChatToolMode.RequireSpecific("add"),
            AllowMultipleToolCalls = false,
            AdditionalProperties = new() { ["service_tier"] = "flex", ["metadata"] = new Dictionary<string, string> { ["team"] = "blue" } },
        };

        var response = await chat.GetResponseAsync(messages, options);

        var body = server.Bodies.Single();
        Assert.Equal("gpt-4o-mini", body.GetProperty("model").GetString());
        Assert.Equal(0.25, body.GetProperty("temperature").GetDouble(), 6);
        Assert.Equal(0.5, body.GetProperty("top_p").GetDouble(), 6);
        Assert.Equal(300, body.GetProperty("max_completion_tokens").GetInt32());
        Assert.Equal("""["END"]""", body.GetProperty("stop").GetRawText());
        Assert.Equal(42, body.GetProperty("seed").GetInt64());
        Assert.Equal(0.1, body.GetProperty("frequency_penalty").GetDouble(), 6);
        Assert.Equal(0.2, body.GetProperty("presence_penalty").GetDouble(), 6);
        Assert.Equal("""{"type":"function","function":{"name":"add"}}""", body.GetProperty("tool_choice").GetRawText());
        Assert.False(body.GetProperty("parallel_tool_calls").GetBoolean());
        Assert.Equal("flex", body.GetProperty("service_tier").GetString());
        Assert.Equal("""{"team":"blue"}""", body.GetProperty("metadata").GetRawText());
        var sent = body.GetProperty("messages").EnumerateArray().ToList();
        Assert.Equal("""{"role":"system","content":"Answer in French."}""", sent[0].GetRawText());
        Assert.Equal("""{"role":"system","content":"Be brief."}""", sent[1].GetRawText());
        Assert.Equal("ada", sent[2].GetProperty("name").GetString());
        var parts = sent[2].GetProperty("content").EnumerateArray().ToList();
        Assert.Equal("""{"type":"text","text":"What is in these?"}""", parts[0].GetRawText());
        Assert.Equal("""{"type":"image_url","image_url":{"url":"https://example.com/cat.png","detail":"low"}}""", parts[1].GetRawText());
        Assert.Equal("""{"type":"file","file":{"file_data":"data:application/pdf;base64,JVBERg==","filename":"report.pdf"}}""", parts[2].GetRawText());
        Assert.Equal("""{"type":"file","file":{"file_id":"file-abc"}}""", parts[3].GetRawText());

        Assert.Equal("ok", response.Text);
        var completion = Assert.IsType<ChatCompletion>(response.RawRepresentation);
        Assert.Equal(completion.Id, response.ResponseId);
        Assert.IsType<ChatCompletionMessage>(response.Messages.Single().RawRepresentation);
        Assert.Same(oai, chat.GetService<OaiClient>());
        Assert.Same(oai.Chat.Completions, chat.GetService<ChatCompletionsClient>());
        Assert.Equal(("openai", "default-model", server.BaseUrl), (chat.GetService<ChatClientMetadata>()!.ProviderName, chat.GetService<ChatClientMetadata>()!.DefaultModelId, chat.GetService<ChatClientMetadata>()!.ProviderUri));
    }

    [Fact]
    public async Task A_raw_requests_tools_come_first_then_the_option_functions_each_field_sent_once()
    {
        await using var server = await ScriptedServer.StartAsync((_, _) =>
            ScriptedServer.Completion("gpt-4o-mini", """{"role":"assistant","content":"ok"}""", "stop"));
        using var oai = Adapters.Client(server.BaseUrl);
        using var chat = oai.AsIChatClient("m");

        await chat.GetResponseAsync("hi", new ChatOptions
        {
            RawRepresentationFactory = _ => new ChatCompletionRequest
            {
                Model = "",
                Messages = [],
                Tools = [ChatTool.Function("lookup")],
                ToolChoice = ChatToolChoice.Required,
                Temperature = 0.5f,
            },
            Tools = [AIFunctionFactory.Create((int a, int b) => a + b, "add")],
            ToolMode = ChatToolMode.None,
            AllowMultipleToolCalls = false,
            AdditionalProperties = new() { ["temperature"] = 0.9, ["store"] = true },
        });

        var body = server.Bodies.Single();
        Assert.Equal(["lookup", "add"], body.GetProperty("tools").EnumerateArray().Select(t => t.GetProperty("function").GetProperty("name").GetString()));
        Assert.Equal("\"required\"", body.GetProperty("tool_choice").GetRawText());
        Assert.False(body.GetProperty("parallel_tool_calls").GetBoolean());
        Assert.Equal((1, 0.5), (body.EnumerateObject().Count(p => p.Name == "temperature"), body.GetProperty("temperature").GetDouble()));
        Assert.Equal((1, true), (body.EnumerateObject().Count(p => p.Name == "store"), body.GetProperty("store").GetBoolean()));
    }

    public sealed record Weather(string City, int Celsius);

    [Fact]
    public async Task Structured_output_sends_a_json_schema_and_reads_the_typed_result()
    {
        await using var server = await ScriptedServer.StartAsync((_, _) =>
            ScriptedServer.Completion("gpt-4o-mini", """{"role":"assistant","content":"{\"city\":\"Paris\",\"celsius\":18}"}""", "stop"));
        using var oai = Adapters.Client(server.BaseUrl);
        using var chat = oai.AsIChatClient("gpt-4o-mini");

        var response = await chat.GetResponseAsync<Weather>("Weather in Paris?");

        Assert.Equal(new Weather("Paris", 18), response.Result);
        var format = server.Bodies.Single().GetProperty("response_format");
        Assert.Equal("json_schema", format.GetProperty("type").GetString());
        Assert.Equal("Weather", format.GetProperty("json_schema").GetProperty("name").GetString());
        var schema = format.GetProperty("json_schema").GetProperty("schema");
        Assert.Equal("object", schema.GetProperty("type").GetString());
        Assert.Equal(["celsius", "city"], schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order());
    }

    [Theory]
    [InlineData(Adapters.ChatCompletions)]
    [InlineData(Adapters.Responses)]
    public async Task Cancelling_a_call_through_the_adapter_closes_the_connection_and_throws_OperationCanceledException(string api)
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await LoopbackServer.StartAsync(async (context, _) =>
        {
            reached.TrySetResult();
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        });
        using var oai = Adapters.Client(server.BaseUrl);
        using var chat = Adapters.Chat(oai, api, "gpt-4o-mini");
        using var cancel = new CancellationTokenSource();

        var call = chat.GetResponseAsync("hi", cancellationToken: cancel.Token);
        await reached.Task.WaitAsync(TimeSpan.FromSeconds(30));
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        await server.ClientAborted.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(1, server.Requests);
    }

    [Theory]
    [InlineData(Adapters.ChatCompletions)]
    [InlineData(Adapters.Responses)]
    public async Task Service_errors_surface_as_the_clients_typed_exceptions_through_the_middleware(string api)
    {
        await using var server = await LoopbackServer.StartAsync(async (context, _) =>
        {
            context.Response.StatusCode = 429;
            context.Response.Headers["x-request-id"] = "req_limited";
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("""{"error":{"message":"Rate limit reached for gpt-4o-mini.","type":"requests","param":null,"code":"rate_limit_exceeded"}}""");
        });
        using var oai = Adapters.Client(server.BaseUrl, maxRetries: 0);
        using IChatClient chat = new ChatClientBuilder(Adapters.Chat(oai, api, "gpt-4o-mini")).UseFunctionInvocation().Build();

        var error = await Assert.ThrowsAsync<OaiRateLimitException>(() => chat.GetResponseAsync("hi"));

        Assert.Equal("rate_limit_exceeded", error.Error?.Code);
        Assert.Equal("req_limited", error.RequestId);
    }

    [Theory]
    [InlineData(Adapters.ChatCompletions, "AsIChatClient")]
    [InlineData(Adapters.Responses, "AsResponsesChatClient")]
    public async Task A_chat_client_without_a_model_says_how_to_give_one(string api, string entryPoint)
    {
        using var oai = Adapters.Client(new Uri("http://127.0.0.1:9/v1/"));
        using var chat = Adapters.Chat(oai, api);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => chat.GetResponseAsync("hi"));

        Assert.Equal($"No model for the chat request: set ChatOptions.ModelId or give a default model to {entryPoint}.", error.Message);
    }
}
