using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using Oai.Responses;
using Oai.UnitTests.Pipeline;
using Oai.UnitTests.TestSupport;
using RichardSzalay.MockHttp;

namespace Oai.UnitTests.ExtensionsAI;

/// <summary>Recorded Responses sessions (openai-dotnet's) replayed through the <see cref="IChatClient"/> adapter: each
/// request the adapter sends must be the recorded one, as JSON, and what comes back is asserted value by value.</summary>
public sealed class ResponsesAdapterReplayTests
{
    private static (IChatClient Chat, Replay Replay) Load(string file)
    {
        var mock = new MockHttpMessageHandler();
        var replay = Replay.Load(mock, "openai-dotnet", "ResponsesTests", file);
        return (TestClients.Create(mock).AsResponsesChatClient("gpt-4o-mini"), replay);
    }

    /// <summary>A function with the recorded JSON schema (AIFunctionFactory would write its own).</summary>
    private sealed class WeatherFunction(List<string> calls) : AIFunction
    {
        private static readonly JsonElement s_schema = JsonDocument.Parse(
            """{"type":"object","properties":{"location":{"type":"string"},"unit":{"type":"string","enum":["C","F","K"]}},"required":["location"]}""").RootElement.Clone();

        public override string Name => "get_weather_at_location";

        public override string Description => "Gets the weather at a specified location, optionally specifying units for temperature";

        public override JsonElement JsonSchema => s_schema;

        protected override ValueTask<object?> InvokeCoreAsync(AIFunctionArguments arguments, CancellationToken cancellationToken)
        {
            calls.Add($"{arguments["location"]}");
            return new ValueTask<object?>("22 celcius and windy");
        }
    }

    [Fact]
    public async Task FunctionCallWorks_through_FunctionInvokingChatClient_sends_the_recorded_requests()
    {
        var (adapter, replay) = Load("FunctionCallWorks.json");
        var calls = new List<string>();
        using IChatClient chat = new ChatClientBuilder(adapter).UseFunctionInvocation().Build();

        // strict: false as recorded; round 2 continues round 1 (previous_response_id) with the call's output only.
        var response = await chat.GetResponseAsync("What should I wear for the weather in San Francisco, CA?",
            new ChatOptions { Tools = [new WeatherFunction(calls)], AdditionalProperties = new() { ["strict"] = false } });

        Assert.Equal(["San Francisco, CA"], calls);
        Assert.Equal(1, replay.Remaining); // the recording's last exchange lists input items, which the adapter never does
        Assert.Equal(("resp_0df7c3d8927b3a940068c9ef44dee08194b3e80eb579a14f4f", "resp_0df7c3d8927b3a940068c9ef44dee08194b3e80eb579a14f4f"), (response.ResponseId, response.ConversationId));
        Assert.StartsWith("The weather in San Francisco is currently about 22°C (72°F) and windy. Here are some outfit suggestions:", response.Text);
        Assert.Equal(686, response.Text.Length);
        Assert.Equal(ChatFinishReason.Stop, response.FinishReason);
        // FunctionInvokingChatClient adds up the two rounds' usage: 74 + 109 in, 20 + 156 out.
        Assert.Equal((183L, 176L, 359L), (response.Usage?.InputTokenCount, response.Usage?.OutputTokenCount, response.Usage?.TotalTokenCount));
        Assert.Equal([ChatRole.Assistant, ChatRole.Tool, ChatRole.Assistant], response.Messages.Select(m => m.Role));
        var call = Assert.IsType<FunctionCallContent>(Assert.Single(response.Messages[0].Contents));
        Assert.Equal(("call_S2X9KuEJpYvFcF4hgv1XwM0j", "San Francisco, CA"), (call.CallId, call.Arguments!["location"]!.ToString()));
        Assert.Equal("fc_0df7c3d8927b3a940068c9ef446a748194b8266e13adcc9781", Assert.IsType<FunctionCallItem>(call.RawRepresentation).Id);
    }

    [Fact]
    public async Task StreamingResponsesWithReasoningSummary_streams_the_reasoning_then_the_text_one_update_per_event()
    {
        var (chat, replay) = Load("StreamingResponsesWithReasoningSummary.json");
        var options = new ChatOptions
        {
            ModelId = "o3-mini",
            Instructions = "Perform reasoning over any questions asked by the user.",
            RawRepresentationFactory = _ => new ResponseRequest { Reasoning = new ResponseReasoningOptions { Effort = Oai.Chat.ReasoningEffort.High, Summary = "auto" } },
        };

        var updates = new List<ChatResponseUpdate>();
        await foreach (var update in chat.GetStreamingResponseAsync("I’m visiting New York for 3 days and love food and art. What’s the best way to plan my trip?", options))
        {
            updates.Add(update);
        }

        Assert.Equal(0, replay.Remaining);
        Assert.Equal(1753, updates.Count);
        var final = Assert.IsType<ResponseCompletedEvent>(updates[^1].RawRepresentation).Response;
        Assert.True(final.TryGetOutputText(out var text));
        Assert.Equal(text, string.Concat(updates.Select(u => u.Text)));
        Assert.Equal(6290, text.Length);
        var summary = Assert.IsType<ReasoningItem>(final.Output[0]).Summary;
        Assert.Equal(4, summary.Count);
        Assert.Equal(string.Concat(summary.Select(s => s.Text)), string.Concat(updates.SelectMany(u => u.Contents).OfType<TextReasoningContent>().Select(r => r.Text)));
        Assert.All(updates, u => Assert.Equal(("resp_0287fead24f79e6800690a9299d7448195bc07c13a4292dc3c", "o3-mini-2025-01-31"), (u.ConversationId, u.ModelId)));
        Assert.All(updates.Where(u => u.Text.Length > 0), u => Assert.Equal("msg_0287fead24f79e6800690a92bff2c48195881326801a038270", u.MessageId));
        Assert.Equal(ChatFinishReason.Stop, Assert.Single(updates, u => u.FinishReason is not null).FinishReason);
        var usage = Assert.IsType<UsageContent>(Assert.Single(updates[^1].Contents)).Details;
        Assert.Equal((45L, 3506L, 3551L, 0L, 2240L), (usage.InputTokenCount, usage.OutputTokenCount, usage.TotalTokenCount, usage.CachedInputTokenCount, usage.ReasoningTokenCount));
    }
}
