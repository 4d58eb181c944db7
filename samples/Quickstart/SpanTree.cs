using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;

namespace Quickstart;

/// <summary>Writes finished spans as a compact tree: one line per span with its duration and a few key attributes;
/// the calls a helper of the client makes (the polls of a wait) share one line per operation, with their count and
/// total time.</summary>
internal static class SpanTree
{
    /// <summary>The attributes worth a glance, in the order shown, with the short label each is shown under.</summary>
    private static readonly (string Attribute, string Label)[] s_shown =
    [
        ("gen_ai.response.time_to_first_chunk", "first_chunk"),
        ("gen_ai.usage.input_tokens", "in"),
        ("gen_ai.usage.output_tokens", "out"),
        ("gen_ai.response.finish_reasons", "finish"),
        ("gen_ai.embeddings.dimension.count", "dims"),
        ("openai.file.id", "file"),
        ("openai.file.bytes", "bytes"),
        ("openai.fine_tuning.job.id", "job"),
        ("openai.fine_tuning.job.status", "status"),
        ("openai.fine_tuning.trained_tokens", "trained"),
        ("error.type", "error"),
    ];

    public static void Write(TextWriter output, IReadOnlyCollection<Activity> spans)
    {
        var ids = spans.Select(span => span.SpanId).ToHashSet();
        var children = spans.ToLookup(span => ids.Contains(span.ParentSpanId) ? span.ParentSpanId : default);
        var lines = new List<(string Tree, string Duration, string Attributes)>();
        foreach (var root in children[default].OrderBy(span => span.StartTimeUtc))
        {
            output.WriteLine($"Trace {root.TraceId} ({spans.Count(span => span.TraceId == root.TraceId)} spans):");
            lines.Add((root.DisplayName, Duration(root.Duration), Attributes(root)));
            AddChildren(root, string.Empty, children, lines);
        }

        var width = lines.Max(line => line.Tree.Length);
        foreach (var (tree, duration, attributes) in lines)
        {
            output.WriteLine($"{tree.PadRight(width)}  {duration,8}  {attributes}".TrimEnd());
        }
    }

    private static void AddChildren(Activity parent, string indent, ILookup<ActivitySpanId, Activity> children, List<(string, string, string)> lines)
    {
        // Under a helper's span, same-named calls fold into one line (count, total time, the last one's attributes).
        var fold = parent.Source.Name == "Oai.Client";
        var groups = children[parent.SpanId].OrderBy(span => span.StartTimeUtc)
            .GroupBy(span => fold ? span.DisplayName : span.SpanId.ToHexString()).ToList();
        for (var i = 0; i < groups.Count; i++)
        {
            var last = i == groups.Count - 1;
            var group = groups[i].ToList();
            var name = group.Count == 1 ? group[0].DisplayName : $"{group[0].DisplayName} ×{group.Count}";
            var total = group.Aggregate(TimeSpan.Zero, (sum, span) => sum + span.Duration);
            lines.Add(($"{indent}{(last ? "└─ " : "├─ ")}{name}", Duration(total), Attributes(group[^1])));
            if (group.Count == 1)
            {
                AddChildren(group[0], indent + (last ? "   " : "│  "), children, lines);
            }
        }
    }

    private static string Attributes(Activity span) => string.Join(' ', s_shown
        .Select(shown => (shown.Label, Value: span.GetTagItem(shown.Attribute)))
        .Where(tag => tag.Value is not null)
        .Select(tag => $"{tag.Label}={Format(tag.Value!)}"));

    private static string Format(object value) => value switch
    {
        double seconds => Duration(TimeSpan.FromSeconds(seconds)).Replace(" ", string.Empty, StringComparison.Ordinal),
        string[] values => string.Join(',', values),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    private static string Duration(TimeSpan time) => time.TotalSeconds >= 1
        ? time.TotalSeconds.ToString("0.00 s", CultureInfo.InvariantCulture)
        : time.TotalMilliseconds.ToString("0 ms", CultureInfo.InvariantCulture);
}
