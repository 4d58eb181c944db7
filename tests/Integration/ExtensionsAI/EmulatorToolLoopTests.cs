using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using Oai.Chat;
using Oai.Emulator;

namespace Oai.IntegrationTests.ExtensionsAI;

/// <summary>A FunctionInvokingChatClient tool loop through the adapters against the emulator on a loopback port, whole
/// and streamed: two parallel calls, then one more, then the answer; over Chat Completions and over the Responses API
/// (stored, each round continues the previous response with <c>previous_response_id</c> and sends only the new
/// outputs; with <c>store: false</c> each round sends the whole history as items).</summary>
[Collection("Telemetry")]
public sealed class EmulatorToolLoopTests
{
    private const string Question = "Weather and time in Paris and Rome?";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Three_rounds_with_parallel_calls_end_in_the_answer(bool streamed)
    {
        await using var emulator = await StartAsync();
        var calls = new List<string>();
        using var oai = emulator.CreateClient();
        using IChatClient chat = new ChatClientBuilder(oai.AsIChatClient("gpt-4o-mini")).UseFunctionInvocation().Build();

        var response = await RunAsync(chat, streamed, new ChatOptions { Tools = Tools(calls) });

        Assert.Equal("Paris: 18 C at 14:00. Rome: 24 C.", response.Text);
        Assert.Equal(["weather Paris", "weather Rome", "time Paris"], calls);
        Assert.Equal(0, emulator.PendingReplies);
        var requests = emulator.Requests.Where(r => r.Path.EndsWith("chat/completions", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, requests.Count);
        Assert.All(requests, r => Assert.Equal(streamed, r.IsStream));
        var roles = requests[2].Body!.Value.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("role").GetString());
        Assert.Equal(["user", "assistant", "tool", "tool", "assistant", "tool"], roles);
        var results = requests[2].Body!.Value.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("role").GetString() == "tool").Select(m => m.GetProperty("content").GetString());
        Assert.Equal(["18 C", "24 C", "14:00"], results);
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, true)]
    [InlineData(false, false)]
    [InlineData(true, false)]
    public async Task Over_the_Responses_API_three_rounds_with_parallel_calls_end_in_the_answer_one_span_per_round(bool streamed, bool stored)
    {
        await using var emulator = await StartAsync();
        var calls = new List<string>();
        var options = new ChatOptions { Tools = Tools(calls), AdditionalProperties = stored ? null : new() { ["store"] = false } };
        using var oai = emulator.CreateClient();
        using var recorder = SpanRecorder.ForPort(oai.BaseUrl.Port); // this emulator's port tells this test's spans apart
        using IChatClient chat = new ChatClientBuilder(oai.AsResponsesChatClient("gpt-4o-mini")).UseFunctionInvocation().Build();

        var response = await RunAsync(chat, streamed, options);

        Assert.Equal("Paris: 18 C at 14:00. Rome: 24 C.", response.Text);
        Assert.Equal(["weather Paris", "weather Rome", "time Paris"], calls);
        Assert.Equal(0, emulator.PendingReplies);
        var requests = emulator.Requests.Where(r => r.Path.EndsWith("responses", StringComparison.Ordinal)).Select(r => r.Body!.Value).ToList();
        Assert.Equal(3, requests.Count);
        Assert.All(emulator.Requests, r => Assert.Equal(streamed, r.IsStream));

        // One GenAI span per round, from the client's pipeline; their response ids chain the rounds when stored.
        Assert.Equal(3, recorder.Spans.Count);
        Assert.All(recorder.Spans, s => Assert.Equal("chat gpt-4o-mini", s.DisplayName));
        Assert.All(recorder.Spans, s => Assert.Equal("responses", s.GetTagItem("openai.api.type")));
        var responseIds = recorder.Spans.Select(s => (string)s.GetTagItem("gen_ai.response.id")!).ToList();
        Assert.Equal(["tool_call", "tool_call", "stop"], recorder.Spans.Select(s => ((string[])s.GetTagItem("gen_ai.response.finish_reasons")!).Single()));
        Assert.Equal(stored ? responseIds[2] : null, response.ConversationId);

        // The calls the model made, with the ids the emulator gave them, answered in order.
        var callIds = response.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>().Select(c => c.CallId).ToList();
        Assert.Equal(3, callIds.Distinct().Count());
        Assert.All(callIds, id => Assert.StartsWith("call_", id));
        Assert.Equal(["18 C", "24 C", "14:00"], response.Messages.SelectMany(m => m.Contents).OfType<FunctionResultContent>().Select(r => r.Result?.ToString()));

        Assert.Equal("""[{"type":"message","role":"user","content":[{"type":"input_text","text":"Weather and time in Paris and Rome?"}]}]""", requests[0].GetProperty("input").GetRawText());
        Assert.Equal(["get_weather", "get_time"], requests[0].GetProperty("tools").EnumerateArray().Select(t => t.GetProperty("name").GetString()));
        if (stored)
        {
            Assert.False(requests[0].TryGetProperty("previous_response_id", out _));
            Assert.Equal(responseIds[0], requests[1].GetProperty("previous_response_id").GetString());
            Assert.Equal(responseIds[1], requests[2].GetProperty("previous_response_id").GetString());
            Assert.Equal(Outputs((callIds[0], "18 C"), (callIds[1], "24 C")), requests[1].GetProperty("input").GetRawText());
            Assert.Equal(Outputs((callIds[2], "14:00")), requests[2].GetProperty("input").GetRawText());
        }
        else
        {
            Assert.All(requests, r => Assert.False(r.TryGetProperty("previous_response_id", out _)));
            Assert.All(requests, r => Assert.False(r.GetProperty("store").GetBoolean()));
            var items = requests[2].GetProperty("input").EnumerateArray().ToList();
            Assert.Equal(
                ["message", "function_call", "function_call", "function_call_output", "function_call_output", "function_call", "function_call_output"],
                items.Select(i => i.GetProperty("type").GetString()));
            Assert.Equal(
                [callIds[0], callIds[1], callIds[0], callIds[1], callIds[2], callIds[2]],
                items.Skip(1).Select(i => i.GetProperty("call_id").GetString()));
            Assert.Equal(
                ["""{"city":"Paris"}""", """{"city":"Rome"}""", """{"city":"Paris"}"""],
                items.Where(i => i.GetProperty("type").GetString() == "function_call").Select(i => i.GetProperty("arguments").GetString()));
        }
    }

    /// <summary>An emulator on a loopback port scripted with the three rounds: two parallel weather calls, a time call, the answer.</summary>
    private static async Task<OaiEmulator> StartAsync()
    {
        var emulator = await OaiEmulator.StartAsync(new OaiEmulatorOptions { InMemory = false });
        emulator.Enqueue(EmulatorReply.ToolCalls(
            new ChatFunctionCall { Name = "get_weather", Arguments = """{"city":"Paris"}""" },
            new ChatFunctionCall { Name = "get_weather", Arguments = """{"city":"Rome"}""" }));
        emulator.Enqueue(EmulatorReply.ToolCall("get_time", """{"city":"Paris"}"""));
        emulator.Enqueue(EmulatorReply.Text("Paris: 18 C at 14:00. Rome: 24 C."));
        return emulator;
    }

    private static List<AITool> Tools(List<string> calls) =>
    [
        AIFunctionFactory.Create((string city) => { lock (calls) { calls.Add($"weather {city}"); } return city == "Paris" ? "18 C" : "24 C"; }, "get_weather", "The weather in a city"),
        AIFunctionFactory.Create((string city) => { lock (calls) { calls.Add($"time {city}"); } return "14:00"; }, "get_time", "The local time in a city"),
    ];

    /// <summary>The question through the chat client, whole or streamed (the updates folded into one response).</summary>
    private static async Task<ChatResponse> RunAsync(IChatClient chat, bool streamed, ChatOptions options)
    {
        if (!streamed)
        {
            return await chat.GetResponseAsync(Question, options);
        }

        var updates = new List<ChatResponseUpdate>();
        await foreach (var update in chat.GetStreamingResponseAsync(Question, options))
        {
            updates.Add(update);
        }

        return updates.ToChatResponse();
    }

    private static string Outputs(params (string CallId, string Output)[] outputs) =>
        "[" + string.Join(",", outputs.Select(o => $$"""{"type":"function_call_output","call_id":{{JsonSerializer.Serialize(o.CallId)}},"output":{{JsonSerializer.Serialize(o.Output)}}}""")) + "]";
}
