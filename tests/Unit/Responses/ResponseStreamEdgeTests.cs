using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Oai.Responses;
using Oai.UnitTests.Telemetry;
using Oai.UnitTests.TestSupport;

namespace Oai.UnitTests.Responses;

/// <summary>What a Responses stream does with what this library does not know, and what the accumulator does mid-stream.</summary>
public sealed class ResponseStreamEdgeTests
{
    [Fact]
    public async Task An_unknown_event_and_an_unknown_item_arrive_whole_and_the_stream_goes_on()
    {
        string partial = ResponseSse.Event("response.image_generation_call.partial_image", 1, "\"item_id\":\"ig_1\",\"output_index\":0,\"partial_image_b64\":\"AAAA\"");
        string computer = ResponseSse.Event("response.output_item.added", 2, "\"output_index\":1,\"item\":{\"id\":\"cu_1\",\"type\":\"computer_call\",\"action\":{\"type\":\"screenshot\"}}");
        string sse = ResponseSse.Completed().Replace("event: response.output_item.added", partial + computer + "event: response.output_item.added", System.StringComparison.Ordinal);
        using var client = ChatSpanTests.Replay("text/event-stream", sse);

        var events = new List<ResponseStreamEvent>();
        await foreach (var e in client.Responses.CreateStreamAsync(new ResponseRequest { Model = "m", Input = "hi" }))
        {
            events.Add(e);
        }

        var unknown = Assert.IsType<UnknownResponseStreamEvent>(events[1]);
        Assert.Equal(("response.image_generation_call.partial_image", 1L), (unknown.Type, unknown.SequenceNumber));
        Assert.Equal("AAAA", unknown.Raw.GetProperty("partial_image_b64").GetString());
        var added = Assert.IsType<ResponseOutputItemAddedEvent>(events[2]);
        var item = Assert.IsType<UnknownResponseItem>(added.Item);
        Assert.Equal(("cu_1", "computer_call"), (item.Id, item.Type));
        Assert.Equal("""{"id":"cu_1","type":"computer_call","action":{"type":"screenshot"}}""", JsonSerializer.Serialize<ResponseItem>(item, RecordsJsonContext.Default.ResponseItem));
        Assert.IsType<ResponseCompletedEvent>(events[^1]);
    }

    [Fact]
    public void The_accumulator_builds_the_response_so_far_and_reports_a_terminal_event_that_disagrees()
    {
        var events = ResponseStreams.Parse(ResponseSse.Completed("Hello"));
        var accumulator = new ResponseAccumulator();
        foreach (var e in events.Take(4))
        {
            accumulator.Append(e);
        }

        Response soFar = accumulator.Build();
        Assert.Equal((ResponseStatus.InProgress, "Hello"), (soFar.Status!.Value, accumulator.Text));
        Assert.True(soFar.TryGetOutputText(out var text));
        Assert.Equal("Hello", text);
        Assert.Null(accumulator.Terminal);

        // A completed response whose text is not what the deltas said.
        var lying = ResponseStreams.Parse(ResponseSse.Completed("Hello").Replace("\"text\":\"Hello\",\"annotations\":[]}]}]", "\"text\":\"Goodbye\",\"annotations\":[]}]}]", System.StringComparison.Ordinal))[^1];
        accumulator.Append(lying);
        Assert.Equal("output[0] content[0] text: the terminal event carries 7 characters, the deltas built 5 that differ.", accumulator.Mismatch);
        Assert.Same(((ResponseCompletedEvent)lying).Response, accumulator.Build());
    }
}
