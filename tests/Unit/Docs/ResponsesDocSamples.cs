using System;
using System.Collections.Generic;
using System.Net;
using System.Threading.Tasks;
using Oai.Responses;
using Oai.UnitTests.Telemetry;
using Oai.UnitTests.TestSupport;

namespace Oai.UnitTests.Docs;

/// <summary>The code quoted in docs/responses.md, compiled and run here against recorded real responses, so the guide
/// cannot rot. Each region between "// docs:begin NAME" and "// docs:end" is what the guide shows.</summary>
public sealed class ResponsesDocSamples
{
    private static OaiClient Replay(string file) => ChatDocSamples.Replay("openai-dotnet/ResponsesTests", file);

    [Fact]
    public async Task Create()
    {
        using var client = Replay("CanDeleteResponse.json");

        // docs:begin create
        var request = new ResponseRequest
        {
            Model = "gpt-4o-mini",
            Instructions = "Answer briefly.",
            Input = "Hello, model!",
        };
        Response response = await client.Responses.CreateAsync(request);
        if (response.TryGetOutputText(out var text))
        {
            Console.WriteLine(text);
        }

        Console.WriteLine($"{response.Usage?.InputTokens} in, {response.Usage?.OutputTokens} out, {response.Status}");
        // docs:end
        Assert.Equal("Hello! How can I assist you today?", text);
    }

    [Fact]
    public async Task StreamAndFold()
    {
        using var client = Replay("StreamingResponses.json");
        var request = new ResponseRequest { Model = "gpt-4o-mini", Input = [ResponseItem.User("Hello, world!")] };

        // docs:begin stream
        var accumulator = new ResponseAccumulator();
        await foreach (ResponseStreamEvent e in client.Responses.CreateStreamAsync(request))
        {
            accumulator.Append(e);
            if (e.TryGetTextDelta(out var piece))
            {
                Console.Write(piece); // accumulator.Text holds everything so far
            }
        }

        Response response = accumulator.Build(); // the response that response.completed carried
        Console.WriteLine(accumulator.Mismatch ?? "the deltas built exactly that response");
        // docs:end
        Assert.Equal("Hello! How can I assist you today?", accumulator.Text);
        Assert.Equal(ResponseStatus.Completed, response.Status);
        Assert.Null(accumulator.Mismatch);
    }

    [Fact]
    public async Task ToolLoop()
    {
        using var client = Replay("FunctionCallWorks.json");

        // docs:begin tool-loop
        FunctionTool weather = ResponseTool.Function(
            "get_weather_at_location",
            "Gets the weather at a location",
            """{"type":"object","properties":{"location":{"type":"string"}},"required":["location"]}""",
            strict: false);
        var request = new ResponseRequest { Model = "gpt-4o-mini", Tools = [weather], Input = "What should I wear in San Francisco?" };
        Response response = await client.Responses.CreateAsync(request);
        while (response.TryGetFunctionCalls(out var calls))
        {
            var outputs = new List<ResponseItem>();
            foreach (FunctionCallItem call in calls)
            {
                outputs.Add(ResponseItem.FunctionCallOutput(call.CallId, "22 celsius and windy"));
            }

            // The service keeps the conversation: continue it with the previous response's id. Without storage, send
            // the history instead: Input = [.. earlierInput, .. response.Output, .. outputs].
            response = await client.Responses.CreateAsync(request with { PreviousResponseId = response.Id, Input = [.. outputs] });
        }

        Console.WriteLine(response.TryGetOutputText(out var answer) ? answer : response.Status.ToString());
        // docs:end
        Assert.StartsWith("The weather in San Francisco is currently about 22°C", answer);
    }

    [Fact]
    public async Task StructuredOutput()
    {
        using var client = Replay("StructuredOutputs(%gpt-4o-mini%).json");

        // docs:begin structured
        var request = new ResponseRequest
        {
            Model = "gpt-4o-mini",
            Input = "Write a JSON document with a list of five animals",
            Text = new ResponseTextOptions
            {
                Format = ResponseTextFormat.JsonSchema(
                    "data_list",
                    """{"type":"object","properties":{"animal_data_list":{"type":"array","items":{"type":"string"}}},"required":["animal_data_list"],"additionalProperties":false}""",
                    strict: true),
            },
        };
        Response response = await client.Responses.CreateAsync(request);
        using var json = System.Text.Json.JsonDocument.Parse(response.TryGetOutputText(out var text) ? text : "{}");
        // docs:end
        Assert.Equal(5, json.RootElement.GetProperty("animal_data_list").GetArrayLength());
    }

    [Fact]
    public async Task BackgroundAndResume()
    {
        using var client = Replay("CanStreamBackgroundResponses.json");

        // docs:begin background
        var request = new ResponseRequest { Model = "gpt-4.1-mini", Background = true, Input = "Tell me a bedtime story." };
        var accumulator = new ResponseAccumulator();
        await foreach (ResponseStreamEvent e in client.Responses.CreateStreamAsync(request))
        {
            accumulator.Append(e);
            if (e.SequenceNumber == 1)
            {
                break; // say the connection dropped here
            }
        }

        string id = accumulator.Build().Id;
        Response state = await client.Responses.RetrieveAsync(id); // polling works too: queued, in_progress, completed
        await foreach (ResponseStreamEvent e in client.Responses.RetrieveStreamAsync(id, startingAfter: accumulator.LastSequenceNumber))
        {
            accumulator.Append(e); // picks up at sequence number 2
        }

        Console.WriteLine(accumulator.Text);
        // docs:end
        Assert.Equal(ResponseStatus.Completed, state.Status);
        Assert.True(state.TryGetOutputText(out var stored));
        Assert.Equal(stored, accumulator.Text);
        Assert.Null(accumulator.Mismatch);
    }

    [Fact]
    public async Task ConversationState()
    {
        using var client = Replay("TwoTurnCrossModel.json");

        // docs:begin conversation
        Response first = await client.Responses.CreateAsync(new ResponseRequest { Model = "gpt-4o-mini", Input = "Hello, Assistant! My name is Travis." });
        Response second = await client.Responses.CreateAsync(new ResponseRequest
        {
            Model = "o3-mini",
            PreviousResponseId = first.Id, // or Conversation = "conv_...", or send the history yourself
            Input = "What's my name?",
        });
        // docs:end
        Assert.True(second.TryGetOutputText(out var answer));
        Assert.Contains("Travis", answer);
    }

    [Fact]
    public async Task Guards()
    {
        using var client = Replay("MaxTokens.json");
        var request = new ResponseRequest { Model = "gpt-4o-mini", MaxOutputTokens = 20, Input = "Write three haikus about tropical fruit" };
        var seen = new List<string>();

        // docs:begin guards
        Response response = await client.Responses.CreateAsync(request);
        if (response.TryGetIncompleteReason(out var reason) && reason == IncompleteReason.MaxOutputTokens)
        {
            Console.WriteLine("cut short: raise MaxOutputTokens");
        }

        foreach (ResponseItem item in response.Output)
        {
            switch (item)
            {
                case MessageItem message when message.TryGetText(out var text):
                    Console.WriteLine(text);
                    break;
                case FunctionCallItem call:
                    Console.WriteLine($"call {call.Name}({call.Arguments})");
                    break;
                case ReasoningItem reasoning when reasoning.TryGetSummaryText(out var summary):
                    Console.WriteLine(summary);
                    break;
                case UnknownResponseItem unknown:
                    Console.WriteLine($"{unknown.Type}: {unknown.Raw}"); // kept whole, sent back as it came
                    break;
            }
            // docs:end
            seen.Add(item.Type);
        }

        Assert.Equal(["message"], seen);
    }

    [Fact]
    public async Task Errors()
    {
        using var client = ChatSpanTests.Replay("text/event-stream", ResponseSse.Failed("server_error", "The model crashed."));
        var request = new ResponseRequest { Model = "gpt-4o-mini", Input = "Hello" };
        string? caught = null;

        // docs:begin errors
        try
        {
            await foreach (ResponseStreamEvent e in client.Responses.CreateStreamAsync(request))
            {
                Console.Write(e.TryGetTextDelta(out var piece) ? piece : string.Empty);
            }
        }
        catch (OaiApiException ex) when (ex.StatusCode == HttpStatusCode.OK)
        {
            // response.failed or an error event inside the stream: ex.Code is the service's code ("server_error")
            Console.WriteLine($"failed mid-stream: {ex.Code}");
        }
        catch (OaiStreamException)
        {
            // the connection ended before response.completed: resume a background response with RetrieveStreamAsync
        }
        // docs:end
        catch (Exception ex)
        {
            caught = ex.GetType().Name;
        }

        Assert.Null(caught);
    }
}
