using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace Oai.UnitTests.TestSupport;

/// <summary>One recorded HTTP exchange from an openai-dotnet session record.</summary>
internal sealed record RecordedEntry(int StatusCode, JsonElement ResponseBody)
{
    /// <summary>Gets whether the body is a stream: an array of raw SSE frames.</summary>
    public bool IsStream => ResponseBody.ValueKind == JsonValueKind.Array;

    /// <summary>Gets the body as JSON text (for a non-stream entry).</summary>
    public string BodyJson => ResponseBody.GetRawText();

    /// <summary>Gets the SSE frames joined back into the raw <c>text/event-stream</c> body.</summary>
    public string StreamText => string.Concat(ResponseBody.EnumerateArray().Select(f => f.GetString()));
}

/// <summary>Reads recordings: openai-dotnet session records and raw SSE bodies.</summary>
internal static class Recording
{
    /// <summary>Loads every entry of an openai-dotnet session record, in order.</summary>
    public static IReadOnlyList<RecordedEntry> LoadEntries(params string[] parts)
    {
        using JsonDocument doc = JsonDocument.Parse(SharedFiles.ReadRecording(parts));
        return doc.RootElement.GetProperty("Entries").EnumerateArray()
            .Select(e => new RecordedEntry(e.GetProperty("StatusCode").GetInt32(), e.GetProperty("ResponseBody").Clone()))
            .ToList();
    }

    /// <summary>Splits a raw SSE body into the payloads of its <c>data:</c> lines, stopping at <c>[DONE]</c>.</summary>
    /// <param name="sse">The raw event stream.</param>
    /// <param name="sawDone">Whether the stream ended with <c>data: [DONE]</c>.</param>
    public static IReadOnlyList<string> DataPayloads(string sse, out bool sawDone)
    {
        var payloads = new List<string>();
        sawDone = false;
        foreach (string line in sse.Split('\n'))
        {
            string trimmed = line.TrimEnd('\r');
            if (!trimmed.StartsWith("data: ", StringComparison.Ordinal))
            {
                continue;
            }

            string data = trimmed["data: ".Length..];
            if (data == "[DONE]")
            {
                sawDone = true;
                break;
            }

            payloads.Add(data);
        }

        return payloads;
    }
}
