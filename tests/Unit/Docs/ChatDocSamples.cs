using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Oai.Chat;
using Oai.UnitTests.Pipeline;
using Oai.UnitTests.TestSupport;
using RichardSzalay.MockHttp;

namespace Oai.UnitTests.Docs;

/// <summary>The code quoted in docs/chat.md, compiled and run here against recorded real responses, so the guide
/// cannot rot. Each region between "// docs:begin NAME" and "// docs:end" is what the guide shows.</summary>
public sealed class ChatDocSamples
{
    internal static OaiClient Replay(string folder, string file)
    {
        var entries = Recording.LoadEntries(folder.Split('/')[0], folder.Split('/')[1], file);
        var next = 0;
        var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(_ =>
        {
            var entry = entries[Math.Min(next++, entries.Count - 1)];
            var contentType = entry.IsStream ? "text/event-stream" : "application/json";
            return new HttpResponseMessage((HttpStatusCode)entry.StatusCode)
            {
                Content = new StringContent(entry.IsStream ? entry.StreamText : entry.BodyJson, System.Text.Encoding.UTF8, contentType),
            };
        });
        return TestClients.Create(mock);
    }

    [Fact]
    public async Task Create()
    {
        using var client = Replay("openai-dotnet/ChatTests", "HelloWorldChat.json");

        // docs:begin create
        var request = new ChatCompletionRequest
        {
            Model = "gpt-4o-mini",
            Messages = [ChatMessage.Developer("Answer briefly."), ChatMessage.User("Hello, world!")],
            Temperature = 0.2,
        };
        ChatCompletion reply = await client.Chat.Completions.CreateAsync(request);
        if (reply.TryGetText(out var text))
        {
            Console.WriteLine(text);
        }

        Console.WriteLine($"{reply.Usage?.PromptTokens} in, {reply.Usage?.CompletionTokens} out, model {reply.Model}");
        // docs:end

        Assert.Equal("Hello! How can I assist you today?", text);
    }

    [Fact]
    public async Task StreamAndAccumulate()
    {
        using var client = Replay("openai-dotnet/ChatTests", "StreamingStructuredRefusalWorks.json");
        var request = new ChatCompletionRequest { Model = "gpt-4o-mini", Messages = [ChatMessage.User("Plan something harmful")] };

        // docs:begin stream
        var accumulator = new ChatCompletionAccumulator();
        var stream = client.Chat.Completions.CreateStreamAsync(request);
        await foreach (ChatCompletionChunk chunk in stream)
        {
            accumulator.Append(chunk);
            if (chunk.TryGetText(out var delta))
            {
                Console.Write(delta);
            }

            if (chunk.IsUsageOnly)
            {
                Console.WriteLine($"\n{chunk.Usage!.TotalTokens} tokens");
            }
        }

        ChatCompletion whole = accumulator.Build();
        Console.WriteLine($"request id {stream.RequestId}, finish reason {whole.Choices[0].FinishReason}");
        // docs:end

        Assert.Equal(FinishReason.Stop, whole.Choices[0].FinishReason);
        Assert.Equal(accumulator.Text, whole.Choices[0].Message.Content);
    }

    [Fact]
    public async Task ToolCalls()
    {
        using var client = Replay("openai-dotnet/ChatToolTests", "ConsecutiveToolCalls.json");
        static string RunTool(string name, string arguments) => name == "get_weather_for_city" ? "rainy" : "bored";

        // docs:begin tools
        var messages = new List<ChatMessage> { ChatMessage.User("What mood might I be in, in Osaka?") };
        var request = new ChatCompletionRequest
        {
            Model = "gpt-4o-mini",
            Messages = messages,
            Tools =
            [
                ChatTool.Function("get_weather_for_city", "Gets the weather in a city",
                    """{"type":"object","properties":{"city_name":{"type":"string"}},"required":["city_name"]}"""),
                ChatTool.Function("get_mood_for_weather", "Gets the mood that goes with a weather",
                    """{"type":"object","properties":{"weather":{"type":"string"}},"required":["weather"]}"""),
            ],
        };

        ChatCompletion reply = await client.Chat.Completions.CreateAsync(request);
        while (reply.Choices[0].IsStoppedForToolCalls && reply.Choices[0].Message.TryGetToolCalls(out var calls))
        {
            messages.Add(ChatMessage.Assistant(reply.Choices[0].Message));
            foreach (var call in calls)
            {
                if (call.TryGetFunction(out var function))
                {
                    messages.Add(ChatMessage.Tool(call.Id, RunTool(function.Function.Name, function.Function.Arguments)));
                }
            }

            reply = await client.Chat.Completions.CreateAsync(request);
        }
        // docs:end

        Assert.True(reply.TryGetText(out var answer));
        Assert.Equal("Given that the weather in Osaka is rainy, your mood might be described as bored.", answer);
        Assert.Equal(["user", "assistant", "tool", "assistant", "tool"], messages.ConvertAll(m => m.GetType().Name.Replace("ChatMessage", "", StringComparison.Ordinal).ToLowerInvariant()));
        var echoed = Assert.IsType<AssistantChatMessage>(messages[1]);
        var echoedCall = Assert.IsType<ChatFunctionToolCall>(Assert.Single(echoed.ToolCalls!));
        Assert.Equal("""{"city_name":"Osaka"}""", echoedCall.Function.Arguments);
    }

    [Fact]
    public async Task StructuredOutputs()
    {
        using var client = Replay("openai-dotnet/ChatTests", "StructuredOutputsWork.json");

        // docs:begin structured
        var request = new ChatCompletionRequest
        {
            Model = "gpt-4o-mini",
            Messages = [ChatMessage.User("What's heavier, a pound of feathers or sixteen ounces of steel?")],
            ResponseFormat = ChatResponseFormat.JsonSchema(
                "test_schema",
                """{"type":"object","properties":{"answer":{"type":"string"},"steps":{"type":"array","items":{"type":"string"}}},"required":["answer","steps"],"additionalProperties":false}""",
                strict: true),
        };
        ChatCompletion reply = await client.Chat.Completions.CreateAsync(request);
        using var answer = JsonDocument.Parse(reply.Choices[0].Message.Content!);
        Console.WriteLine(answer.RootElement.GetProperty("answer").GetString());
        // docs:end

        Assert.Equal(JsonValueKind.Array, answer.RootElement.GetProperty("steps").ValueKind);
    }

    [Fact]
    public async Task UnknownParameters()
    {
        var recorder = new Recorder();
        using var mock = new MockHttpMessageHandler();
        recorder.Route(mock.When("*"), _ => Recorder.Json(TestClients.CompletionJson));
        using var client = TestClients.Create(mock);

        // docs:begin extra
        var request = new ChatCompletionRequest
        {
            Model = "llama3",
            Messages = [ChatMessage.User("hi")],
            AdditionalProperties = new Dictionary<string, JsonElement> { ["top_k"] = JsonDocument.Parse("40").RootElement },
        };
        await client.Chat.Completions.CreateAsync(request);
        // docs:end

        Assert.Equal("""{"messages":[{"role":"user","content":"hi"}],"model":"llama3","top_k":40}""", recorder.Requests[0].Body);
    }

    [Fact]
    public async Task Errors()
    {
        using var client = Replay("openai-dotnet/ChatTests", "AuthFailure.json");
        var request = new ChatCompletionRequest { Model = "gpt-4o-mini", Messages = [ChatMessage.User("hi")] };

        // docs:begin errors
        try
        {
            await client.Chat.Completions.CreateAsync(request);
        }
        catch (OaiRateLimitException ex)
        {
            Console.WriteLine($"rate limited; retry after {ex.RetryAfter}, {ex.RateLimits.RemainingRequests} requests left");
        }
        catch (OaiApiException ex) when (ex.StatusCode == HttpStatusCode.Unauthorized)
        {
            Console.WriteLine($"check the key: {ex.Code} (request id {ex.RequestId})");
        }
        catch (OaiException ex)
        {
            // OaiTimeoutException, OaiConnectionException, OaiStreamException, OaiInvalidResponseException.
            Console.WriteLine(ex.Message);
        }
        // docs:end
    }
}
