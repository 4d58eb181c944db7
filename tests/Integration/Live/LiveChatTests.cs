using System;
using System.Text.Json;
using System.Threading.Tasks;
using Oai.Chat;

namespace Oai.IntegrationTests.Live;

/// <summary>Chat Completions against api.openai.com with gpt-4o-mini: a few hundred tokens in all, well under a cent.</summary>
public sealed class LiveChatTests
{
    private const string WeatherParameters = """
        {"type":"object","properties":{"city":{"type":"string"}},"required":["city"],"additionalProperties":false}
        """;

    [LiveFact]
    public async Task A_chat_completion_answers_with_content_usage_and_a_request_id()
    {
        using var client = LiveClient.Create();
        var completion = await client.Chat.Completions.CreateAsync(new ChatCompletionRequest
        {
            Model = "gpt-4o-mini",
            Messages = [ChatMessage.User("Reply with the single word: pong")],
            MaxCompletionTokens = 10,
            Temperature = 0,
        });

        Assert.StartsWith("chatcmpl-", completion.Id, StringComparison.Ordinal);
        Assert.StartsWith("gpt-4o-mini", completion.Model, StringComparison.Ordinal);
        Assert.Contains("pong", completion.Choices[0].Message.Content ?? string.Empty, StringComparison.OrdinalIgnoreCase);
        Assert.True(completion.Usage?.TotalTokens > 0, "expected the service to report token usage");
    }

    [LiveFact]
    public async Task A_streamed_tool_call_folds_its_argument_fragments_into_valid_JSON()
    {
        using var client = LiveClient.Create();
        var request = new ChatCompletionRequest
        {
            Model = "gpt-4o-mini",
            Messages = [ChatMessage.User("What is the weather in Paris right now?")],
            Tools = [ChatTool.Function("get_weather", "Gets the current weather for a city.", WeatherParameters, strict: true)],
            ToolChoice = ChatToolChoice.ForFunction("get_weather"),
            MaxCompletionTokens = 50,
        };

        var accumulator = new ChatCompletionAccumulator();
        var stream = client.Chat.Completions.CreateStreamAsync(request);
        var chunks = 0;
        await foreach (var chunk in stream)
        {
            accumulator.Append(chunk);
            chunks++;
        }

        var completion = accumulator.Build();
        Assert.True(chunks > 2, $"expected the arguments to arrive over several chunks, got {chunks}");
        Assert.NotNull(stream.RequestId);
        Assert.Equal(FinishReason.ToolCalls, completion.Choices[0].FinishReason);
        Assert.True(completion.Choices[0].Message.TryGetToolCalls(out var calls), "expected a tool call");
        var call = Assert.IsType<ChatFunctionToolCall>(Assert.Single(calls));
        Assert.Equal("get_weather", call.Function.Name);
        Assert.StartsWith("call_", call.Id, StringComparison.Ordinal);
        using var arguments = JsonDocument.Parse(call.Function.Arguments);
        Assert.Contains("Paris", arguments.RootElement.GetProperty("city").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.True(completion.Usage?.TotalTokens > 0, "expected the usage chunk the client asks for");
    }
}
