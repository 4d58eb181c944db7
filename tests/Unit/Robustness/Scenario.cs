using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Oai.UnitTests.Robustness;

/// <summary>One generated case: the operation, the replies the server gives (the last repeats for retries and further
/// pages), the mutations applied and what the outcome must be.</summary>
internal sealed record Scenario
{
    public required int Seed { get; init; }

    public required int CaseNumber { get; init; }

    public required RobustOperation Operation { get; init; }

    /// <summary>Gets the recording the replies were made from.</summary>
    public required string Source { get; init; }

    /// <summary>Gets the replies, one per page of a listing (one for any other operation); a retried request gets
    /// its page's reply again.</summary>
    public required IReadOnlyList<Reply> Replies { get; init; }

    /// <summary>Gets the <c>after</c> cursor that asks for each reply's page: null for the first, then the id of the
    /// previous page's last item, as the recording linked them before any mutation.</summary>
    public required IReadOnlyList<string?> Cursors { get; init; }

    public required IReadOnlyList<string> Mutations { get; init; }

    public required string ApiKey { get; init; }

    public Expectation Expect { get; init; } = Expectation.Any;

    /// <summary>Gets whether a reply stalls, so the case runs with a short client timeout and a short watchdog.</summary>
    public bool Stalls => Replies.Any(r => r.End == BodyEnd.Stall);

    /// <summary>Gets after how many items the user leaves a stream or listing early, or null to read it all.</summary>
    public int? BreakAfter { get; init; }

    /// <summary>Gets where the client records message content (prompts and completions) on its telemetry.</summary>
    public ContentCaptureMode ContentCapture { get; init; }

    /// <summary>Gets after how many milliseconds the caller cancels its own token, or null for never.</summary>
    public int? CancelAfterMs { get; init; }

    /// <summary>Gets the reply for a request: the page its <c>after</c> cursor asks for, or the last page for a cursor
    /// no page has (a mutated <c>last_id</c>).</summary>
    public Reply ReplyFor(Uri requestUri)
    {
        string? after = null;
        foreach (var pair in requestUri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            if (parts[0] == "after" && parts.Length == 2)
            {
                after = Uri.UnescapeDataString(parts[1]);
            }
        }

        var index = Cursors.ToList().IndexOf(after);
        return Replies[index < 0 ? Replies.Count - 1 : index];
    }

    public int TotalBodyBytes => Replies.Sum(r => r.Body.Length + r.Headers.Sum(h => h.Value.Length));

    public string Describe()
    {
        var text = new StringBuilder();
        text.Append(System.Globalization.CultureInfo.InvariantCulture, $"seed {Seed}, case {CaseNumber}: {Operation} over {Source}");
        text.Append("\n  mutations: ").Append(Mutations.Count == 0 ? "(none)" : string.Join("; ", Mutations));
        text.Append("\n  expected: ").Append(Expect);
        if (BreakAfter is { } breakAfter)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"; the user leaves after {breakAfter} items");
        }

        if (ContentCapture != ContentCaptureMode.None)
        {
            text.Append("; content capture ").Append(ContentCapture);
        }

        if (CancelAfterMs is { } cancel)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"; the caller cancels after {cancel} ms");
        }

        for (var i = 0; i < Replies.Count; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"\n  reply {i + 1} (after={Cursors[i] ?? "none"}): ");
            text.Append(Replies[i].Describe());
        }

        return text.ToString();
    }
}
