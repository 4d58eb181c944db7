using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Oai.Responses;
using Oai.UnitTests.Pipeline;
using Oai.UnitTests.TestSupport;
using RichardSzalay.MockHttp;

namespace Oai.UnitTests.Responses;

/// <summary>Replays recorded Responses sessions through the client: each request the client sends must be the recorded
/// one (method, path, query, JSON body), and what it returns is asserted value by value.</summary>
public sealed class ResponsesClientReplayTests
{
    private const string WeatherParameters = """{"type":"object","properties":{"location":{"type":"string"},"unit":{"type":"string","enum":["C","F","K"]}},"required":["location"]}""";

    private static readonly FunctionTool s_weather = ResponseTool.Function(
        "get_weather_at_location", "Gets the weather at a specified location, optionally specifying units for temperature", WeatherParameters, strict: false);

    private static (OaiClient Client, Replay Replay) Load(string folder, string file)
    {
        var mock = new MockHttpMessageHandler();
        var replay = Replay.Load(mock, "openai-dotnet", folder, file);
        return (TestClients.Create(mock), replay);
    }

    [Fact]
    public async Task MaxTokens_ReadsAnIncompleteResponseAndItsReason()
    {
        var (client, replay) = Load("ResponsesTests", "MaxTokens.json");
        Response response = await client.Responses.CreateAsync(new ResponseRequest
        {
            Model = "gpt-4o-mini",
            MaxOutputTokens = 20,
            Input = [ResponseItem.User("Write three haikus about tropical fruit")],
        });

        Assert.Equal("resp_0d0ddc12d86aa22e0068c9ef4a86fc81908acb06dd825129eb", response.Id);
        Assert.Equal(ObjectKind.Response, response.Object);
        Assert.Equal(1758064458, response.Created);
        Assert.Equal(ResponseStatus.Incomplete, response.Status);
        Assert.True(response.IsIncomplete);
        Assert.True(response.IsTerminal);
        Assert.True(response.TryGetIncompleteReason(out IncompleteReason reason));
        Assert.Equal(IncompleteReason.MaxOutputTokens, reason);
        Assert.Equal("gpt-4o-mini-2024-07-18", response.Model);
        Assert.Equal(20, response.MaxOutputTokens);
        Assert.Equal(ServiceTier.Default, response.ServiceTier);
        MessageItem message = Assert.IsType<MessageItem>(Assert.Single(response.Output));
        Assert.Equal("msg_0d0ddc12d86aa22e0068c9ef4afc0c81908dbd9485fbbc6609", message.Id);
        Assert.Equal(ResponseItemStatus.Incomplete, message.Status);
        Assert.Equal(ResponseRole.Assistant, message.Role);
        Assert.True(response.TryGetOutputText(out string? text));
        Assert.Equal("Mango sun-kissed sweet,  \nGolden nectar drips like rain,  \nSummer's bliss revealed", text);
        Assert.Equal((14, 0, 20, 0, 34), (response.Usage!.InputTokens, response.Usage.InputTokensDetails!.CachedTokens, response.Usage.OutputTokens, response.Usage.OutputTokensDetails!.ReasoningTokens, response.Usage.TotalTokens));
        Assert.False(response.TryGetError(out _));
        Assert.False(response.TryGetFunctionCalls(out _));
        Assert.Equal(0, replay.Remaining);
    }

    [Fact]
    public async Task FunctionCallWorks_RunsAToolLoopWithPreviousResponseIdAndListsTheInputItems()
    {
        var (client, replay) = Load("ResponsesTests", "FunctionCallWorks.json");
        var first = await client.Responses.CreateAsync(new ResponseRequest
        {
            Model = "gpt-4o-mini",
            Tools = [s_weather],
            Input = [ResponseItem.User("What should I wear for the weather in San Francisco, CA?")],
        });

        Assert.True(first.TryGetFunctionCalls(out IReadOnlyList<FunctionCallItem>? calls));
        FunctionCallItem call = Assert.Single(calls);
        Assert.Equal(("fc_0df7c3d8927b3a940068c9ef446a748194b8266e13adcc9781", "call_S2X9KuEJpYvFcF4hgv1XwM0j", "get_weather_at_location", """{"location":"San Francisco, CA"}"""), (call.Id, call.CallId, call.Name, call.Arguments));
        Assert.Equal(ResponseItemStatus.Completed, call.Status);
        Assert.True(first.Output[0].TryGetFunctionCall(out var same));
        Assert.Same(call, same);
        Assert.False(first.TryGetOutputText(out _));

        var second = await client.Responses.CreateAsync(new ResponseRequest
        {
            PreviousResponseId = first.Id,
            Model = "gpt-4o-mini",
            Tools = [s_weather],
            Input = [ResponseItem.FunctionCallOutput(call.CallId, "22 celcius and windy")],
        });

        Assert.Equal("resp_0df7c3d8927b3a940068c9ef44dee08194b3e80eb579a14f4f", second.Id);
        Assert.Equal(first.Id, second.PreviousResponseId);
        Assert.True(second.TryGetOutputText(out string? answer));
        Assert.StartsWith("The weather in San Francisco is currently about 22°C (72°F) and windy.", answer);
        Assert.EndsWith("Enjoy your time in San Francisco!", answer);
        Assert.Equal((109, 156, 265), (second.Usage!.InputTokens, second.Usage.OutputTokens, second.Usage.TotalTokens));

        List<ResponseItem> items = await client.Responses.ListInputItemsAsync(second.Id).ToListAsync();
        Assert.Equal(["function_call_output", "function_call", "message"], items.Select(i => i.Type));
        var output = Assert.IsType<FunctionCallOutputItem>(items[0]);
        Assert.Equal(("call_S2X9KuEJpYvFcF4hgv1XwM0j", "22 celcius and windy"), (output.CallId, output.Output));
        Assert.Equal(call.Arguments, Assert.IsType<FunctionCallItem>(items[1]).Arguments);
        var user = Assert.IsType<MessageItem>(items[2]);
        Assert.Equal(ResponseRole.User, user.Role);
        Assert.Equal("What should I wear for the weather in San Francisco, CA?", Assert.IsType<InputTextPart>(Assert.Single(user.Content)).Text);
        Assert.Equal(0, replay.Remaining);
    }

    [Fact]
    public async Task StreamingResponses_StreamsTypedEventsAndFoldsThemIntoTheCompletedResponse()
    {
        var (client, replay) = Load("ResponsesTests", "StreamingResponses.json");
        var accumulator = new ResponseAccumulator();
        var textSoFar = new List<string>();
        var stream = client.Responses.CreateStreamAsync(new ResponseRequest { Model = "gpt-4o-mini", Input = [ResponseItem.User("Hello, world!")] });
        var types = new List<string>();
        await foreach (ResponseStreamEvent e in stream)
        {
            types.Add(e.Type);
            accumulator.Append(e);
            if (e.TryGetTextDelta(out _))
            {
                textSoFar.Add(accumulator.Text);
            }
        }

        Assert.Equal(17, types.Count);
        Assert.Equal(["response.created", "response.in_progress", "response.output_item.added", "response.content_part.added"], types.Take(4));
        Assert.Equal(["response.output_text.done", "response.content_part.done", "response.output_item.done", "response.completed"], types.TakeLast(4));
        Assert.Equal(["Hello", "Hello!", "Hello! How", "Hello! How can", "Hello! How can I", "Hello! How can I assist", "Hello! How can I assist you", "Hello! How can I assist you today", "Hello! How can I assist you today?"], textSoFar);
        Response response = accumulator.Build();
        Assert.Equal("resp_0b70e4946283a4df0068c9ef5ef4d88194adeeb6e2283d609a", response.Id);
        Assert.Equal(ResponseStatus.Completed, response.Status);
        Assert.True(response.TryGetOutputText(out string? text));
        Assert.Equal("Hello! How can I assist you today?", text);
        Assert.Equal((11, 10, 21), (response.Usage!.InputTokens, response.Usage.OutputTokens, response.Usage.TotalTokens));
        Assert.Null(accumulator.Mismatch);
        Assert.Equal(16, accumulator.LastSequenceNumber);
        Assert.Equal(0, replay.Remaining);
    }

    [Fact]
    public async Task FunctionCallStreamingWorks_FoldsTheArgumentDeltasIntoTheCall()
    {
        var (client, replay) = Load("ResponsesTests", "FunctionCallStreamingWorks.json");
        var accumulator = new ResponseAccumulator();
        var arguments = new List<string>();
        await foreach (ResponseStreamEvent e in client.Responses.CreateStreamAsync(new ResponseRequest
        {
            Model = "gpt-4o-mini",
            Tools = [s_weather],
            Input = [ResponseItem.User("What should I wear for the weather in San Francisco, CA?")],
        }))
        {
            accumulator.Append(e);
            if (e is ResponseFunctionCallArgumentsDeltaEvent delta)
            {
                arguments.Add(delta.Delta);
            }
            else if (e is ResponseFunctionCallArgumentsDoneEvent done)
            {
                Assert.Equal(string.Concat(arguments), done.Arguments);
            }
        }

        Assert.Equal("""{"location":"San Francisco, CA"}""", string.Concat(arguments));
        Response response = accumulator.Build();
        Assert.True(response.TryGetFunctionCalls(out var calls));
        FunctionCallItem call = Assert.Single(calls);
        Assert.Equal(("call_0UFGPwrziw5rbinYp7rthrTb", "get_weather_at_location", string.Concat(arguments)), (call.CallId, call.Name, call.Arguments));
        Assert.Null(accumulator.Mismatch);
        Assert.Equal(0, replay.Remaining);
    }

    [Fact]
    public async Task CanStreamBackgroundResponses_ResumesTheStreamAfterASequenceNumber()
    {
        var (client, replay) = Load("ResponsesTests", "CanStreamBackgroundResponses.json");
        var request = new ResponseRequest { Model = "gpt-4.1-mini", Background = true, Input = [ResponseItem.User("Tell me a bedtime story.")] };
        var first = new ResponseAccumulator();
        await foreach (ResponseStreamEvent e in client.Responses.CreateStreamAsync(request))
        {
            first.Append(e);
        }

        Response stored = await client.Responses.RetrieveAsync(first.Build().Id);
        Assert.Equal(ResponseStatus.Completed, stored.Status);
        Assert.True(stored.Background);

        var resumed = new ResponseAccumulator();
        var sequence = new List<long>();
        await foreach (ResponseStreamEvent e in client.Responses.RetrieveStreamAsync(stored.Id, startingAfter: 1))
        {
            sequence.Add(e.SequenceNumber);
            resumed.Append(e);
        }

        Assert.Equal(410, sequence.Count);
        Assert.Equal(Enumerable.Range(2, 410).Select(n => (long)n), sequence);
        Assert.Null(resumed.Mismatch);
        Assert.True(stored.TryGetOutputText(out string? storedText));
        Assert.Equal(storedText, resumed.Text);
        Assert.Equal(first.Text, resumed.Text);
        Assert.Equal((13, 404, 417), (resumed.Build().Usage!.InputTokens, resumed.Build().Usage!.OutputTokens, resumed.Build().Usage!.TotalTokens));
        Assert.Equal(0, replay.Remaining);
    }

    [Fact]
    public async Task CanCancelBackgroundResponses_ReturnsTheCancelledResponse()
    {
        var (client, replay) = Load("ResponsesTests", "CanCancelBackgroundResponses.json");
        Response queued = await client.Responses.CreateAsync(new ResponseRequest { Model = "gpt-4.1-mini", Background = true, Input = [ResponseItem.User("Hello, model!")] });
        Assert.Equal(ResponseStatus.Queued, queued.Status);
        Assert.False(queued.IsTerminal);
        Assert.Null(queued.Usage);

        Response cancelled = await client.Responses.CancelAsync(queued.Id);
        Assert.Equal("resp_0a3365ff556124e80068c9ef39d03881939a80f61fb572fe25", cancelled.Id);
        Assert.Equal(ResponseStatus.Cancelled, cancelled.Status);
        Assert.True(cancelled.IsTerminal);
        Assert.Empty(cancelled.Output);
        Assert.Equal(ServiceTier.Auto, cancelled.ServiceTier);
        Assert.Equal(0, replay.Remaining);
    }

    [Fact]
    public async Task CanDeleteResponse_DeletesAndThenRetrievingIsA404()
    {
        var (client, replay) = Load("ResponsesTests", "CanDeleteResponse.json");
        Response created = await client.Responses.CreateAsync(new ResponseRequest { Model = "gpt-4o-mini", Input = [ResponseItem.User("Hello, model!")] });
        Response retrieved = await client.Responses.RetrieveAsync(created.Id);
        Assert.Equal(
            System.Text.Json.JsonSerializer.Serialize(created, RecordsJsonContext.Default.Response),
            System.Text.Json.JsonSerializer.Serialize(retrieved, RecordsJsonContext.Default.Response));

        ResponseDeletionResult deleted = await client.Responses.DeleteAsync(created.Id);
        Assert.Equal(("resp_012716c47e5818750068c9ef3acb74819590c9bfdd9025e969", ObjectKind.ResponseDeleted, true), (deleted.Id, deleted.Object, deleted.Deleted));

        var error = await Assert.ThrowsAsync<OaiApiException>(() => client.Responses.RetrieveAsync(created.Id));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal("invalid_request_error", error.ErrorType);
        Assert.Contains("Response with id 'resp_012716c47e5818750068c9ef3acb74819590c9bfdd9025e969' not found.", error.Message);
        Assert.Equal(0, replay.Remaining);
    }

    [Fact]
    public async Task CanGetInputTokenCounts_SendsOnlyWhatShapesTheInput()
    {
        var (client, replay) = Load("ResponsesTests", "CanGetInputTokenCounts.json");
        ResponseInputTokens count = await client.Responses.CountInputTokensAsync(new ResponseRequest
        {
            Model = "gpt-4o-mini",
            Input = "Tell me a joke.",
            Temperature = 0.5, // a generation setting: not sent to input_tokens (the recorded body has none)
        });

        Assert.Equal((ObjectKind.ResponseInputTokens, 12), (count.Object, count.InputTokens));
        Assert.Equal(0, replay.Remaining);
    }

    [Fact]
    public async Task StructuredOutputs_SendsAFlatJsonSchemaFormat()
    {
        var (client, replay) = Load("ResponsesTests", "StructuredOutputs(%gpt-4o-mini%).json");
        Response response = await client.Responses.CreateAsync(new ResponseRequest
        {
            Model = "gpt-4o-mini",
            Text = new ResponseTextOptions
            {
                Format = ResponseTextFormat.JsonSchema("data_list", """{"type":"object","properties":{"animal_data_list":{"type":"array","items":{"type":"string"}}},"required":["animal_data_list"],"additionalProperties":false}"""),
            },
            Input = [ResponseItem.User("Write a JSON document with a list of five animals")],
        });

        Assert.True(response.TryGetOutputText(out string? json));
        Assert.Equal("""{"animal_data_list":["Lion","Elephant","Giraffe","Kangaroo","Penguin"]}""", json);
        Assert.Equal(0, replay.Remaining);
    }

    [Fact]
    public async Task ResponsesWithReasoning_ReadsTheSummaryAndReasoningTokens()
    {
        var (client, replay) = Load("ResponsesTests", "ResponsesWithReasoning.json");
        Response response = await client.Responses.CreateAsync(new ResponseRequest
        {
            Model = "gpt-5.6",
            Reasoning = new ResponseReasoningOptions { Effort = new Oai.Chat.ReasoningEffort("xhigh"), Summary = "detailed" },
            Input = [ResponseItem.User("What's the best way to fold a burrito?")],
            Instructions = "Perform reasoning over any questions asked by the user.",
        });

        Assert.Equal(["reasoning", "message"], response.Output.Select(i => i.Type));
        Assert.True(response.Output[0].TryGetReasoning(out ReasoningItem? reasoning));
        Assert.Equal("Sanitized", reasoning.EncryptedContent);
        Assert.True(reasoning.TryGetSummaryText(out string? summary));
        Assert.StartsWith("**Creating clear instructions**\n\nI need to provide a concise answer", summary);
        Assert.Equal("summary_text", Assert.Single(reasoning.Summary).Type);
        Assert.Equal("Perform reasoning over any questions asked by the user.", response.Instructions!.Value.GetString());
        Assert.Equal(("xhigh", "detailed"), (response.Reasoning!.Effort, response.Reasoning.Summary));
        Assert.Equal((30, 221, 56), (response.Usage!.InputTokens, response.Usage.OutputTokens, response.Usage.OutputTokensDetails!.ReasoningTokens));
        Assert.True(response.Usage.InputTokensDetails!.AdditionalProperties!.ContainsKey("cache_write_tokens"));
        Assert.Equal("final_answer", response.Output[1].AdditionalProperties!["phase"].GetString());
        Assert.Equal(0, replay.Remaining);
    }
}
