using System.Collections.Generic;
using System.Text;

namespace Oai.Responses;

/// <summary>One output item of a stream as its events build it: the item as it started, its parts' texts, its
/// arguments (or input, or code) and its summary parts, and the complete item once <c>output_item.done</c> arrives.</summary>
internal sealed class ResponseItemFold(ResponseItem added)
{
    private readonly SortedDictionary<int, (ResponseContentPart Part, StringBuilder Text, List<ResponseAnnotation> Annotations)> _parts = [];
    private readonly SortedDictionary<int, StringBuilder> _summary = [];

    public ResponseItem Added { get; } = added;

    public ResponseItem? Done { get; set; }

    public StringBuilder Arguments { get; } = new();

    private bool SawArguments => Arguments.Length > 0;

    public void AddPart(int index, ResponseContentPart part) => _parts[index] = (part, new StringBuilder(), []);

    public StringBuilder Part(int index)
    {
        if (!_parts.TryGetValue(index, out var part))
        {
            AddPart(index, new OutputTextPart());
            part = _parts[index];
        }

        return part.Text;
    }

    public void AddAnnotation(int index, ResponseAnnotation annotation)
    {
        Part(index);
        _parts[index].Annotations.Add(annotation);
    }

    public StringBuilder Summary(int index)
    {
        if (!_summary.TryGetValue(index, out var text))
        {
            _summary[index] = text = new StringBuilder();
        }

        return text;
    }

    /// <summary>The item built from its start and its deltas only.</summary>
    public ResponseItem FromDeltas() => Added switch
    {
        MessageItem message => message with { Content = Parts(message.Content) },
        FunctionCallItem call => call with { Arguments = Arguments.ToString() },
        McpCallItem call => call with { Arguments = Arguments.ToString() },
        CustomToolCallItem call => call with { Input = Arguments.ToString() },
        CodeInterpreterCallItem call when SawArguments => call with { Code = Arguments.ToString() },
        ReasoningItem reasoning when _summary.Count > 0 => reasoning with { Summary = SummaryParts() },
        _ => Added,
    };

    /// <summary>Says how <paramref name="final"/> differs from what the deltas built, or null when it does not, in
    /// what the deltas carry: texts, refusals, arguments, inputs, code and summaries.</summary>
    public string? Differs(ResponseItem final)
    {
        if (Added is UnknownResponseItem && Added.Type.Length == 0)
        {
            // Its start was never seen (a resumed stream): nothing to compare against.
            return null;
        }

        if (final.Type != Added.Type)
        {
            return $"is a {final.Type} in the terminal event but started as a {Added.Type}.";
        }

        return (FromDeltas(), final) switch
        {
            (MessageItem built, MessageItem sent) => DiffParts(built.Content, sent.Content),
            (FunctionCallItem built, FunctionCallItem sent) => Diff("arguments", built.Arguments, sent.Arguments),
            (McpCallItem built, McpCallItem sent) => Diff("arguments", built.Arguments, sent.Arguments),
            (CustomToolCallItem built, CustomToolCallItem sent) => Diff("input", built.Input, sent.Input),
            (CodeInterpreterCallItem built, CodeInterpreterCallItem sent) when SawArguments => Diff("code", built.Code, sent.Code),
            (ReasoningItem built, ReasoningItem sent) when _summary.Count > 0 => DiffSummary(built.Summary, sent.Summary),
            _ => null,
        };
    }

    private List<ResponseContentPart> Parts(IReadOnlyList<ResponseContentPart> started)
    {
        var parts = new List<ResponseContentPart>(started);
        foreach (var (index, (part, text, annotations)) in _parts)
        {
            var built = part switch
            {
                OutputTextPart output => output with { Text = output.Text + text, Annotations = annotations.Count > 0 ? annotations : output.Annotations },
                RefusalPart refusal => refusal with { Refusal = refusal.Refusal + text },
                _ => part,
            };
            while (parts.Count <= index)
            {
                parts.Add(new OutputTextPart());
            }

            parts[index] = built;
        }

        return parts;
    }

    private List<ReasoningText> SummaryParts()
    {
        var parts = new List<ReasoningText>(_summary.Count);
        foreach (var text in _summary.Values)
        {
            parts.Add(new ReasoningText { Type = "summary_text", Text = text.ToString() });
        }

        return parts;
    }

    private static string? DiffParts(IReadOnlyList<ResponseContentPart> built, IReadOnlyList<ResponseContentPart> sent)
    {
        if (built.Count != sent.Count)
        {
            return $"has {sent.Count} content parts in the terminal event but {built.Count} were streamed.";
        }

        for (var i = 0; i < built.Count; i++)
        {
            var difference = (built[i], sent[i]) switch
            {
                (OutputTextPart a, OutputTextPart b) => Diff($"content[{i}] text", a.Text, b.Text) ?? Count($"content[{i}] annotations", a.Annotations.Count, b.Annotations.Count),
                (RefusalPart a, RefusalPart b) => Diff($"content[{i}] refusal", a.Refusal, b.Refusal),
                var (a, b) when a.Type != b.Type => $"content[{i}] is {b.Type} in the terminal event but {a.Type} was streamed.",
                _ => null,
            };
            if (difference is not null)
            {
                return difference;
            }
        }

        return null;
    }

    private static string? DiffSummary(IReadOnlyList<ReasoningText> built, IReadOnlyList<ReasoningText> sent)
    {
        if (built.Count != sent.Count)
        {
            return $"has {sent.Count} summary parts in the terminal event but {built.Count} were streamed.";
        }

        for (var i = 0; i < built.Count; i++)
        {
            if (Diff($"summary[{i}]", built[i].Text, sent[i].Text) is { } difference)
            {
                return difference;
            }
        }

        return null;
    }

    private static string? Diff(string what, string? built, string? sent) =>
        string.Equals(built, sent, System.StringComparison.Ordinal) ? null
        : $"{what}: the terminal event carries {sent?.Length ?? 0} characters, the deltas built {built?.Length ?? 0} that differ.";

    private static string? Count(string what, int built, int sent) =>
        built == sent ? null : $"{what}: the terminal event carries {sent}, the stream added {built}.";
}
