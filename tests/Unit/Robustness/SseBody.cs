using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;

namespace Oai.UnitTests.Robustness;

/// <summary>A raw <c>text/event-stream</c> body as a list of events (each with its trailing blank line), to edit one
/// event at a time.</summary>
internal sealed class SseBody
{
    public const string Done = "data: [DONE]\n\n";

    private SseBody(List<string> events)
    {
        Events = events;
    }

    public List<string> Events { get; }

    public static SseBody Parse(string text)
    {
        var events = text.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Where(e => e.Trim().Length > 0)
            .Select(e => e.TrimStart('\n') + "\n\n")
            .ToList();
        return new SseBody(events);
    }

    /// <summary>Gets the index of the <c>[DONE]</c> event, or the count when there is none.</summary>
    public int DoneIndex => Events.FindIndex(e => e == Done) is var i and >= 0 ? i : Events.Count;

    /// <summary>Gets the indices of the events whose data is a JSON object.</summary>
    public IReadOnlyList<int> JsonEvents() =>
        Enumerable.Range(0, Events.Count).Where(i => Data(Events[i]) is { } data && data.TrimStart().StartsWith('{')).ToList();

    public static string? Data(string ev)
    {
        var lines = ev.Split('\n').Where(l => l.StartsWith("data:", StringComparison.Ordinal)).Select(l => l["data:".Length..].TrimStart(' ')).ToList();
        return lines.Count == 0 ? null : string.Join('\n', lines);
    }

    public static string Event(string data, string? eventName = null) =>
        (eventName is null ? string.Empty : $"event: {eventName}\n") + $"data: {data}\n\n";

    public JsonNode? ParseEvent(int index) => JsonNode.Parse(Data(Events[index])!);

    public void SetEvent(int index, JsonNode? node) => Events[index] = Event(node?.ToJsonString() ?? "null");

    /// <summary>The byte offset where the <c>[DONE]</c> event starts, or the body length without one.</summary>
    public int DoneOffset() => Encoding.UTF8.GetByteCount(string.Concat(Events.Take(DoneIndex)));

    public override string ToString() => string.Concat(Events);
}
