using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using Oai.Chat;
using Oai.Emulator;

namespace Oai.IntegrationTests.ExtensionsAI;

/// <summary>A FunctionInvokingChatClient tool loop through the adapter against the emulator on a loopback port, whole
/// and streamed: two parallel calls, then one more, then the answer.</summary>
public sealed class EmulatorToolLoopTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Three_rounds_with_parallel_calls_end_in_the_answer(bool streamed)
    {
        await using var emulator = await OaiEmulator.StartAsync(new OaiEmulatorOptions { InMemory = false });
        emulator.Enqueue(EmulatorReply.ToolCalls(
            new ChatFunctionCall { Name = "get_weather", Arguments = """{"city":"Paris"}""" },
            new ChatFunctionCall { Name = "get_weather", Arguments = """{"city":"Rome"}""" }));
        emulator.Enqueue(EmulatorReply.ToolCall("get_time", """{"city":"Paris"}"""));
        emulator.Enqueue(EmulatorReply.Text("Paris: 18 C at 14:00. Rome: 24 C."));
        var calls = new List<string>();
        var options = new ChatOptions
        {
            Tools =
            [
                AIFunctionFactory.Create((string city) => { calls.Add($"weather {city}"); return city == "Paris" ? "18 C" : "24 C"; }, "get_weather", "The weather in a city"),
                AIFunctionFactory.Create((string city) => { calls.Add($"time {city}"); return "14:00"; }, "get_time", "The local time in a city"),
            ],
        };
        using var oai = emulator.CreateClient();
        using IChatClient chat = new ChatClientBuilder(oai.AsIChatClient("gpt-4o-mini")).UseFunctionInvocation().Build();

        string answer;
        if (streamed)
        {
            var updates = new List<ChatResponseUpdate>();
            await foreach (var update in chat.GetStreamingResponseAsync("Weather and time in Paris and Rome?", options))
            {
                updates.Add(update);
            }

            answer = string.Concat(updates.Select(u => u.Text));
        }
        else
        {
            answer = (await chat.GetResponseAsync("Weather and time in Paris and Rome?", options)).Text;
        }

        Assert.Equal("Paris: 18 C at 14:00. Rome: 24 C.", answer);
        Assert.Equal(["weather Paris", "weather Rome", "time Paris"], calls);
        Assert.Equal(0, emulator.PendingReplies);
        var requests = emulator.Requests.Where(r => r.Path.EndsWith("chat/completions", System.StringComparison.Ordinal)).ToList();
        Assert.Equal(3, requests.Count);
        Assert.All(requests, r => Assert.Equal(streamed, r.IsStream));
        var roles = requests[2].Body!.Value.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("role").GetString());
        Assert.Equal(["user", "assistant", "tool", "tool", "assistant", "tool"], roles);
        var results = requests[2].Body!.Value.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("role").GetString() == "tool").Select(m => m.GetProperty("content").GetString());
        Assert.Equal(["18 C", "24 C", "14:00"], results);
    }
}
