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

    public required IReadOnlyList<Reply> Replies { get; init; }

    public required IReadOnlyList<string> Mutations { get; init; }

    public required string ApiKey { get; init; }

    public Expectation Expect { get; init; } = Expectation.Any;

    /// <summary>Gets whether a reply stalls, so the case runs with a short client timeout and a short watchdog.</summary>
    public bool Stalls => Replies.Any(r => r.End == BodyEnd.Stall);

    /// <summary>Gets after how many items the user leaves a stream or listing early, or null to read it all.</summary>
    public int? BreakAfter { get; init; }

    /// <summary>Gets after how many milliseconds the caller cancels its own token, or null for never.</summary>
    public int? CancelAfterMs { get; init; }

    /// <summary>Gets the reply for the n-th request (1-based): the script in order, the last one repeating.</summary>
    public Reply ReplyFor(int request) => Replies[Math.Min(request, Replies.Count) - 1];

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

        if (CancelAfterMs is { } cancel)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"; the caller cancels after {cancel} ms");
        }

        for (var i = 0; i < Replies.Count; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"\n  reply {i + 1}{(i == Replies.Count - 1 ? " (repeats)" : string.Empty)}: ");
            text.Append(Replies[i].Describe());
        }

        return text.ToString();
    }
}
