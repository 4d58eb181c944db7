using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Oai.Responses;
using Oai.UnitTests.TestSupport;

namespace Oai.UnitTests.Responses;

/// <summary>Reads a recorded Responses stream and checks it as the client does, then folds it.</summary>
internal static class ResponseStreams
{
    /// <summary>The event types this library models (anything else must arrive as <see cref="UnknownResponseStreamEvent"/>).</summary>
    private static readonly HashSet<string> s_knownPrefixes =
    [
        "response.created", "response.queued", "response.in_progress", "response.completed", "response.failed", "response.incomplete",
        "response.output_item.", "response.content_part.", "response.output_text.delta", "response.output_text.done",
        "response.output_text.annotation.added", "response.refusal.", "response.function_call_arguments.", "response.reasoning_summary_part.",
        "response.reasoning_summary_text.", "response.reasoning_text.", "response.code_interpreter_call_code.", "response.mcp_call_arguments.",
        "response.custom_tool_call_input.", "response.web_search_call.", "response.file_search_call.", "response.code_interpreter_call.",
        "response.mcp_call.", "response.mcp_list_tools.", "response.image_generation_call.in_progress", "response.image_generation_call.generating",
        "response.image_generation_call.completed", "error",
    ];

    public static List<ResponseStreamEvent> Parse(string sse)
    {
        var events = new List<ResponseStreamEvent>();
        foreach ((string name, string data) in SseFrames.Parse(sse))
        {
            ResponseStreamEvent parsed = JsonSerializer.Deserialize(data, RecordsJsonContext.Default.ResponseStreamEvent)!;
            Assert.Equal(name, parsed.Type);
            bool known = s_knownPrefixes.Any(p => parsed.Type == p || (p.EndsWith('.') && parsed.Type.StartsWith(p, System.StringComparison.Ordinal)));
            Assert.True(known != parsed is UnknownResponseStreamEvent, $"Expected {parsed.Type} to be {(known ? "typed" : "unknown")}.");
            RecordAssert.RoundTrips(data, JsonSerializer.Serialize(parsed, RecordsJsonContext.Default.ResponseStreamEvent));
            events.Add(parsed);
        }

        return events;
    }

    /// <summary>Folds a stream and checks the fold against its terminal event, independently of the accumulator's own check.</summary>
    public static Response FoldAndCheck(string sse)
    {
        List<ResponseStreamEvent> events = Parse(sse);
        Assert.NotEmpty(events);
        for (int i = 1; i < events.Count; i++)
        {
            Assert.Equal(events[i - 1].SequenceNumber + 1, events[i].SequenceNumber);
        }

        var accumulator = new ResponseAccumulator();
        foreach (ResponseStreamEvent e in events)
        {
            accumulator.Append(e);
        }

        ResponseCompletedEvent completed = Assert.IsType<ResponseCompletedEvent>(events[^1]);
        Assert.Single(events, e => e.IsTerminal);
        Assert.Null(accumulator.Mismatch);
        Assert.Same(completed.Response, accumulator.Build());
        Assert.Equal(events[^1].SequenceNumber, accumulator.LastSequenceNumber);

        // The text so far, at the end, is every output text delta; it is the whole response's text.
        string deltas = string.Concat(events.OfType<ResponseOutputTextDeltaEvent>().Select(d => d.Delta));
        Assert.Equal(deltas, accumulator.Text);
        Assert.Equal(deltas, completed.Response.TryGetOutputText(out string? text) ? text : string.Empty);

        // Each item as output_item.done sent it is the item the completed response carries.
        foreach (ResponseOutputItemDoneEvent done in events.OfType<ResponseOutputItemDoneEvent>())
        {
            Assert.Equal(
                JsonSerializer.Serialize(done.Item!, RecordsJsonContext.Default.ResponseItem),
                JsonSerializer.Serialize(completed.Response.Output[done.OutputIndex], RecordsJsonContext.Default.ResponseItem));
        }

        return completed.Response;
    }
}
