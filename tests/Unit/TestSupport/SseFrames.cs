using System;
using System.Collections.Generic;

namespace Oai.UnitTests.TestSupport;

/// <summary>Splits a raw SSE body into its events: the <c>event:</c> name (<c>message</c> when absent) and the data.</summary>
internal static class SseFrames
{
    public static IReadOnlyList<(string Event, string Data)> Parse(string sse)
    {
        var events = new List<(string, string)>();
        string name = "message";
        var data = new List<string>();
        foreach (string raw in sse.Split('\n'))
        {
            string line = raw.TrimEnd('\r');
            if (line.Length == 0)
            {
                if (data.Count > 0)
                {
                    events.Add((name, string.Join("\n", data)));
                }

                (name, data) = ("message", new List<string>());
            }
            else if (line.StartsWith("event:", StringComparison.Ordinal))
            {
                name = line["event:".Length..].Trim();
            }
            else if (line.StartsWith("data:", StringComparison.Ordinal))
            {
                data.Add(line["data:".Length..].TrimStart(' '));
            }
        }

        if (data.Count > 0)
        {
            events.Add((name, string.Join("\n", data)));
        }

        return events;
    }
}
