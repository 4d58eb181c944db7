using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Oai.Benchmarks.Support;

/// <summary>One benchmark's result: median time and allocated bytes per operation (per chunk for the streams).</summary>
/// <param name="CpuNanoseconds">The process's processor time per operation over the timed rounds (every thread: the
/// thread pool's continuations, the GC): less sensitive than <paramref name="Nanoseconds"/> to other processes taking
/// the cores; NaN where not measured (BenchmarkDotNet's figures).</param>
public sealed record Figure(string Class, string Method, double Nanoseconds, double Bytes, double CpuNanoseconds = double.NaN);

/// <summary>Prints the ratio table both the quick mode and the full run end with: per scenario, each implementation's
/// time and bytes, ours / official and ours / floor; for the tracing scenarios, each mode against tracing off.</summary>
public static class RatioTable
{
    private static readonly string[] s_impls = ["Ours", "Official", "Floor"];

    public static string Format(IReadOnlyList<Figure> figures)
    {
        var text = new StringBuilder();
        text.AppendLine("| scenario | ours | official | floor | ours/official time | ours/floor time | ours B | official B | floor B | ours/official B | ours/floor B |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var group in figures.Where(f => Impl(f.Method) is not null).GroupBy(f => (f.Class, Variant: f.Method[Impl(f.Method)!.Length..])))
        {
            var ours = group.FirstOrDefault(f => Impl(f.Method) == "Ours");
            var official = group.FirstOrDefault(f => Impl(f.Method) == "Official");
            var floor = group.FirstOrDefault(f => Impl(f.Method) == "Floor");
            text.Append(CultureInfo.InvariantCulture, $"| {Name(group.Key.Class, group.Key.Variant)} | {Time(ours)} | {Time(official)} | {Time(floor)} ");
            text.Append(CultureInfo.InvariantCulture, $"| {Ratio(ours?.Nanoseconds, official?.Nanoseconds)} | {Ratio(ours?.Nanoseconds, floor?.Nanoseconds)} ");
            text.Append(CultureInfo.InvariantCulture, $"| {Bytes(ours)} | {Bytes(official)} | {Bytes(floor)} ");
            text.AppendLine(CultureInfo.InvariantCulture, $"| {Ratio(ours?.Bytes, official?.Bytes)} | {Ratio(ours?.Bytes, floor?.Bytes)} |");
        }

        var traced = figures.Where(f => f.Class == nameof(TracingBenchmarks)).ToList();
        if (traced.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("| this library | time | bytes | time / tracing off | bytes - tracing off |");
            text.AppendLine("| --- | ---: | ---: | ---: | ---: |");
            foreach (var figure in traced)
            {
                var kind = figure.Method.StartsWith("Stream", StringComparison.Ordinal) ? "Stream" : "Call";
                var off = traced.FirstOrDefault(f => f.Method == kind + "Off");
                var name = figure.Method switch
                {
                    nameof(TracingBenchmarks.SpanFloor) => "a bare span with the same tags, no call (SDK floor)",
                    nameof(TracingBenchmarks.CallUnderBareSpan) => "whole chat call, untraced, under a bare span with the same tags (floor)",
                    _ => (kind == "Call" ? "whole chat call" : "content stream, per chunk") + ", " + figure.Method[kind.Length..] switch
                    {
                        "Off" => "nobody listening",
                        "Sampled" => "sampling everything",
                        _ => "sampling everything + content capture",
                    },
                };
                text.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {Time(figure)} | {Bytes(figure)} | {Ratio(figure.Nanoseconds, off?.Nanoseconds)} | {(off is null ? "" : (figure.Bytes - off.Bytes).ToString("+#,0;-#,0;0", CultureInfo.InvariantCulture))} |");
            }
        }

        return text.ToString();
    }

    private static string? Impl(string method) => s_impls.FirstOrDefault(i => method.StartsWith(i, StringComparison.Ordinal));

    private static string Name(string type, string variant)
    {
        var scenario = type switch
        {
            nameof(ChatCallBenchmarks) => "whole chat call",
            nameof(ChatContentStreamBenchmarks) => "content stream, per chunk",
            nameof(ChatToolStreamBenchmarks) => "tool-call stream, per chunk",
            nameof(ChunkDelayBenchmarks) => "chunk arrival to await foreach",
            nameof(EmbeddingsBase64Benchmarks) => "embeddings 2,048 x 3,072, base64",
            nameof(EmbeddingsFloatBenchmarks) => "embeddings 2,048 x 3,072, float",
            _ => type,
        };
        return variant switch
        {
            "" => scenario,
            "Accumulated" => scenario + ", accumulator",
            "Loopback" => scenario + ", loopback",
            _ => scenario + ", " + variant,
        };
    }

    private static string Time(Figure? figure) => figure is null ? "n/a" : figure.Nanoseconds switch
    {
        < 1_000 => figure.Nanoseconds.ToString("0", CultureInfo.InvariantCulture) + " ns",
        < 1_000_000 => (figure.Nanoseconds / 1_000).ToString("0.00", CultureInfo.InvariantCulture) + " us",
        _ => (figure.Nanoseconds / 1_000_000).ToString("0.00", CultureInfo.InvariantCulture) + " ms",
    };

    private static string Bytes(Figure? figure) => figure is null ? "n/a" : figure.Bytes.ToString("#,0", CultureInfo.InvariantCulture);

    private static string Ratio(double? a, double? b) =>
        a is { } x && b is { } y && y > 0 ? (x / y).ToString("0.00", CultureInfo.InvariantCulture) : "n/a";
}
