using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Oai.Emulator;
using Oai.Responses;

namespace Oai.IntegrationTests.Emulator;

/// <summary>The Responses API on the emulator, driven by our client, in memory and over loopback.</summary>
public sealed class EmulatorResponsesTests
{
    private static ResponseRequest Hello(string text = "Hello there") => new() { Model = "gpt-4o-mini", Input = [ResponseItem.User(text)] };

    private static ResponseRequest WithWeather(string text = "Weather in Paris?") => Hello(text) with
    {
        Tools = [ResponseTool.Function("get_weather", "Gets the weather", """{"type":"object","properties":{"city":{"type":"string"}}}""", strict: false)],
    };

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Without_a_script_the_response_echoes_the_input_with_usage(bool inMemory)
    {
        await using var emulator = await Emulators.StartAsync(inMemory);
        using var client = Emulators.Client(emulator);

        var response = await client.Responses.CreateAsync(new ResponseRequest { Model = "gpt-4o-mini", Input = "Hello there" });

        Assert.True(response.TryGetOutputText(out var text));
        Assert.Equal("You said: Hello there", text);
        Assert.Equal(ResponseStatus.Completed, response.Status);
        Assert.StartsWith("resp_", response.Id);
        Assert.Equal("gpt-4o-mini", response.Model);
        var message = Assert.IsType<MessageItem>(Assert.Single(response.Output));
        Assert.Equal((ResponseRole.Assistant, ResponseItemStatus.Completed), (message.Role, message.Status!.Value));
        // About four characters a token: "Hello there" is 3, the reply's 21 characters are 6.
        Assert.Equal((3, 6, 9), (response.Usage!.InputTokens, response.Usage.OutputTokens, response.Usage.TotalTokens));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_scripted_text_streams_in_the_services_event_sequence_and_folds_back(bool inMemory)
    {
        await using var emulator = await Emulators.StartAsync(inMemory);
        using var client = Emulators.Client(emulator);
        emulator.Enqueue(EmulatorReply.Text("one two three"));

        var accumulator = new ResponseAccumulator();
        var types = new List<string>();
        await foreach (var e in client.Responses.CreateStreamAsync(Hello()))
        {
            accumulator.Append(e);
            types.Add(e.Type);
        }

        Assert.Equal(
            [
                "response.created", "response.in_progress", "response.output_item.added", "response.content_part.added",
                "response.output_text.delta", "response.output_text.delta", "response.output_text.delta", "response.output_text.done",
                "response.content_part.done", "response.output_item.done", "response.completed",
            ],
            types);
        Assert.Equal("one two three", accumulator.Text);
        Assert.Null(accumulator.Mismatch);
        Assert.Equal(10, accumulator.LastSequenceNumber);
        Assert.True(accumulator.Build().TryGetOutputText(out var text));
        Assert.Equal("one two three", text);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_scripted_function_call_runs_a_tool_loop_whole_and_streamed(bool inMemory)
    {
        await using var emulator = await Emulators.StartAsync(inMemory);
        using var client = Emulators.Client(emulator);
        emulator.Enqueue(EmulatorReply.ToolCall("get_weather", """{"city":"Paris"}"""));
        emulator.Enqueue(EmulatorReply.ToolCall("get_weather", """{"city":"Lyon"}"""));

        var first = await client.Responses.CreateAsync(WithWeather());
        Assert.True(first.TryGetFunctionCalls(out var calls));
        var call = Assert.Single(calls);
        Assert.Equal(("get_weather", """{"city":"Paris"}"""), (call.Name, call.Arguments));
        Assert.StartsWith("call_", call.CallId);

        var accumulator = new ResponseAccumulator();
        await foreach (var e in client.Responses.CreateStreamAsync(WithWeather("And Lyon?")))
        {
            accumulator.Append(e);
        }

        Assert.Null(accumulator.Mismatch);
        Assert.True(accumulator.Build().TryGetFunctionCalls(out var streamed));
        Assert.Equal("""{"city":"Lyon"}""", Assert.Single(streamed).Arguments);

        // The tool loop: the call and its output go back as input; the emulator echoes nothing user-said, so it greets.
        var answer = await client.Responses.CreateAsync(new ResponseRequest
        {
            Model = "gpt-4o-mini",
            Input = [.. first.Output, ResponseItem.FunctionCallOutput(call.CallId, """{"temperature":21}""")],
        });
        Assert.True(answer.TryGetOutputText(out var text));
        Assert.Equal("Hello from the OaiEmulator.", text);
        var sent = emulator.Requests[^1].Body!.Value.GetProperty("input");
        Assert.Equal(["function_call", "function_call_output"], sent.EnumerateArray().Select(i => i.GetProperty("type").GetString()));
        Assert.Equal(call.CallId, sent[1].GetProperty("call_id").GetString());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_background_response_is_queued_retrieved_and_its_stream_resumed(bool inMemory)
    {
        await using var emulator = await Emulators.StartAsync(inMemory);
        using var client = Emulators.Client(emulator);
        emulator.Enqueue(EmulatorReply.Text("once upon a time"));

        var queued = await client.Responses.CreateAsync(Hello("Tell me a story") with { Background = true });
        Assert.Equal(ResponseStatus.Queued, queued.Status);
        Assert.Empty(queued.Output);

        var done = await client.Responses.RetrieveAsync(queued.Id);
        Assert.Equal(ResponseStatus.Completed, done.Status);
        Assert.True(done.TryGetOutputText(out var text));
        Assert.Equal("once upon a time", text);

        var resumed = new ResponseAccumulator();
        var sequence = new List<long>();
        await foreach (var e in client.Responses.RetrieveStreamAsync(queued.Id, startingAfter: 4))
        {
            sequence.Add(e.SequenceNumber);
            resumed.Append(e);
        }

        // created, queued, in_progress, item added, part added (0-4); then four deltas, text done, part done, item done, completed (5-12).
        Assert.Equal(Enumerable.Range(5, 8).Select(n => (long)n), sequence);
        Assert.Equal("once upon a time", resumed.Text);
        Assert.Equal(ResponseStatus.Completed, resumed.Build().Status);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Cancel_delete_and_the_errors_of_unknown_responses(bool inMemory)
    {
        await using var emulator = await Emulators.StartAsync(inMemory);
        using var client = Emulators.Client(emulator);

        var queued = await client.Responses.CreateAsync(Hello() with { Background = true });
        var cancelled = await client.Responses.CancelAsync(queued.Id);
        Assert.Equal(ResponseStatus.Cancelled, cancelled.Status);

        var foreground = await client.Responses.CreateAsync(Hello());
        var notBackground = await Assert.ThrowsAsync<OaiApiException>(() => client.Responses.CancelAsync(foreground.Id));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, notBackground.StatusCode);

        var deleted = await client.Responses.DeleteAsync(foreground.Id);
        Assert.Equal((foreground.Id, true), (deleted.Id, deleted.Deleted));
        var missing = await Assert.ThrowsAsync<OaiApiException>(() => client.Responses.RetrieveAsync(foreground.Id));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("invalid_request_error", missing.ErrorType);
        Assert.Contains($"Response with id '{foreground.Id}' not found.", missing.Message);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_stream_error_is_a_named_error_event_and_a_cut_stream_has_no_terminal_event(bool inMemory)
    {
        await using var emulator = await Emulators.StartAsync(inMemory);
        using var client = Emulators.Client(emulator);
        emulator.Enqueue(EmulatorReply.Text("one two three") with { ErrorAfterChunks = 4, StreamError = new ApiError { Code = "server_error", Message = "Boom." } });
        emulator.Enqueue(EmulatorReply.Text("one two three") with { CutAfterChunks = 5 });

        var seen = 0;
        var error = await Assert.ThrowsAsync<OaiApiException>(async () =>
        {
            await foreach (var _ in client.Responses.CreateStreamAsync(Hello()))
            {
                seen++;
            }
        });
        Assert.Equal((4, "server_error"), (seen, error.Code));
        Assert.Contains("Boom.", error.Message);

        var cut = await Assert.ThrowsAsync<OaiStreamException>(async () =>
        {
            await foreach (var _ in client.Responses.CreateStreamAsync(Hello()))
            {
            }
        });
        Assert.Contains("ended before its terminal event", cut.Message);
    }
}
