using System;
using System.Linq;
using System.Threading.Tasks;
using Oai.Responses;

namespace Oai.IntegrationTests.Live;

/// <summary>The Responses API against api.openai.com with gpt-4o-mini (the cheapest model that takes tools): a few
/// hundred tokens in all, well under a cent; every response is stored only to be deleted at the end.</summary>
public sealed class LiveResponsesTests
{
    private const string WeatherParameters = """
        {"type":"object","properties":{"city":{"type":"string"}},"required":["city"],"additionalProperties":false}
        """;

    [LiveFact]
    public async Task A_response_answers_lists_its_input_and_is_deleted()
    {
        using var client = LiveClient.Create();
        var response = await client.Responses.CreateAsync(new ResponseRequest
        {
            Model = "gpt-4o-mini",
            Instructions = "Reply with one word.",
            Input = [ResponseItem.User("Reply with the single word: pong")],
            MaxOutputTokens = 16,
            Temperature = 0,
        });

        Assert.StartsWith("resp_", response.Id, StringComparison.Ordinal);
        Assert.Equal(ResponseStatus.Completed, response.Status);
        Assert.True(response.TryGetOutputText(out var text));
        Assert.Contains("pong", text, StringComparison.OrdinalIgnoreCase);
        Assert.True(response.Usage?.TotalTokens > 0, "expected the service to report token usage");

        var items = await client.Responses.ListInputItemsAsync(response.Id).ToListAsync();
        var message = Assert.IsType<MessageItem>(Assert.Single(items));
        Assert.True(message.TryGetText(out var said));
        Assert.Equal("Reply with the single word: pong", said);

        var count = await client.Responses.CountInputTokensAsync(new ResponseRequest { Model = "gpt-4o-mini", Input = "Tell me a joke." });
        Assert.True(count.InputTokens > 0);

        Assert.True((await client.Responses.DeleteAsync(response.Id)).Deleted);
    }

    [LiveFact]
    public async Task A_streamed_function_call_folds_into_the_completed_response_and_the_tool_loop_answers()
    {
        using var client = LiveClient.Create();
        var request = new ResponseRequest
        {
            Model = "gpt-4o-mini",
            Input = "What is the weather in Paris right now?",
            Tools = [ResponseTool.Function("get_weather", "Gets the current weather for a city.", WeatherParameters, strict: true)],
            ToolChoice = ResponseToolChoice.Function("get_weather"),
            MaxOutputTokens = 60,
            Store = false,
        };

        var accumulator = new ResponseAccumulator();
        var stream = client.Responses.CreateStreamAsync(request);
        await foreach (var e in stream)
        {
            accumulator.Append(e);
        }

        Assert.NotNull(stream.RequestId);
        Assert.Null(accumulator.Mismatch);
        var first = accumulator.Build();
        Assert.True(first.TryGetFunctionCalls(out var calls), "expected a function call");
        var call = Assert.Single(calls);
        Assert.Equal("get_weather", call.Name);
        Assert.Contains("Paris", call.Arguments, StringComparison.OrdinalIgnoreCase);

        // Stateless tool loop: the history goes back as input items, the call's output after it.
        var answer = await client.Responses.CreateAsync(request with
        {
            ToolChoice = ResponseToolChoice.None,
            Input = [ResponseItem.User("What is the weather in Paris right now?"), .. first.Output, ResponseItem.FunctionCallOutput(call.CallId, """{"temperature_c":21}""")],
        });
        Assert.True(answer.TryGetOutputText(out var text));
        Assert.Contains("21", text, StringComparison.Ordinal);
    }
}
