using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;

namespace Oai.Benchmarks.Support;

/// <summary>The quick mode: every benchmark method run in this process for a fraction of a second (warm-up, then
/// rounds; median time, smallest allocation per operation), and the ratio table printed. A regression check, not
/// a measurement to quote: the full BenchmarkDotNet run is that.</summary>
public static class Quick
{
    public static readonly Type[] Classes =
    [
        typeof(ChatCallBenchmarks), typeof(ChatContentStreamBenchmarks), typeof(ChatToolStreamBenchmarks), typeof(ChunkDelayBenchmarks),
        typeof(EmbeddingsBase64Benchmarks), typeof(EmbeddingsFloatBenchmarks), typeof(TracingBenchmarks),
    ];

    public static async Task<IReadOnlyList<Figure>> RunAsync(double secondsPerMethod, Func<string, bool> include)
    {
        var figures = new List<Figure>();
        foreach (var type in Classes)
        {
            foreach (var method in type.GetMethods().Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null))
            {
                if (!include($"{type.Name}.{method.Name}"))
                {
                    continue;
                }

                var figure = await MeasureAsync(type, method, secondsPerMethod).ConfigureAwait(false);
                Console.WriteLine($"// {type.Name}.{method.Name}: {figure.Nanoseconds:N0} ns, {figure.Bytes:N0} B per operation");
                figures.Add(figure);
            }
        }

        return figures;
    }

    /// <summary>The time ratio of two benchmarks measured alternately, round after round, each round's two figures a
    /// second apart: on a machine whose load changes by the minute (the shared one these run on) a ratio of adjacent
    /// measurements holds where a ratio of two runs minutes apart does not.</summary>
    public static async Task<string> PairAsync(string baseline, string other, int rounds)
    {
        var (baseType, baseMethod) = Find(baseline);
        var (otherType, otherMethod) = Find(other);
        var ratios = new List<double>();
        var cpuRatios = new List<double>();
        var text = new System.Text.StringBuilder();
        for (var r = 0; r < rounds; r++)
        {
            // Alternating which goes first keeps a steady rise or fall of the load out of the ratio.
            var first = r % 2 == 0;
            var a = first ? await MeasureAsync(baseType, baseMethod, 0.5).ConfigureAwait(false) : null;
            var b = await MeasureAsync(otherType, otherMethod, 0.5).ConfigureAwait(false);
            a ??= await MeasureAsync(baseType, baseMethod, 0.5).ConfigureAwait(false);
            ratios.Add(b.Nanoseconds / a.Nanoseconds);
            cpuRatios.Add(b.CpuNanoseconds / a.CpuNanoseconds);
            text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"round {r + 1,2}: time {a.Nanoseconds,10:N0} ns {b.Nanoseconds,10:N0} ns ratio {ratios[^1]:0.00}; processor {a.CpuNanoseconds,10:N0} ns {b.CpuNanoseconds,10:N0} ns ratio {cpuRatios[^1]:0.00}");
        }

        ratios.Sort();
        cpuRatios.Sort();
        var name = $"{otherType.Name}.{otherMethod.Name} / {baseType.Name}.{baseMethod.Name}";
        text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"{name}: time median {ratios[ratios.Count / 2]:0.00} over {rounds} rounds (lowest {ratios[0]:0.00}, highest {ratios[^1]:0.00})");
        text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"{name}: processor time median {cpuRatios[cpuRatios.Count / 2]:0.00} (lowest {cpuRatios[0]:0.00}, highest {cpuRatios[^1]:0.00})");
        return text.ToString();
    }

    public static (Type Type, MethodInfo Method) Find(string name)
    {
        foreach (var type in Classes)
        {
            foreach (var method in type.GetMethods().Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null))
            {
                if ($"{type.Name}.{method.Name}".Equals(name, StringComparison.OrdinalIgnoreCase))
                {
                    return (type, method);
                }
            }
        }

        throw new ArgumentException($"No benchmark named {name}.", nameof(name));
    }

    /// <summary>Calls the method <paramref name="calls"/> times between its setup and cleanup.</summary>
    public static async Task RepeatAsync(Type type, MethodInfo method, int calls)
    {
        var instance = Activator.CreateInstance(type)!;
        foreach (var setup in Hooks<GlobalSetupAttribute>(type, method.Name))
        {
            await InvokeAsync(setup, instance).ConfigureAwait(false);
        }

        for (var i = 0; i < calls; i++)
        {
            await InvokeAsync(method, instance).ConfigureAwait(false);
        }

        foreach (var cleanup in Hooks<GlobalCleanupAttribute>(type, method.Name))
        {
            await InvokeAsync(cleanup, instance).ConfigureAwait(false);
        }
    }

    public static async Task<Figure> MeasureAsync(Type type, MethodInfo method, double seconds)
    {
        var instance = Activator.CreateInstance(type)!;
        foreach (var setup in Hooks<GlobalSetupAttribute>(type, method.Name))
        {
            await InvokeAsync(setup, instance).ConfigureAwait(false);
        }

        var perInvoke = method.GetCustomAttribute<BenchmarkAttribute>()!.OperationsPerInvoke;
        try
        {
            // Warm-up: a fifth of the budget, at least one call.
            var clock = Stopwatch.StartNew();
            var calls = 0;
            do
            {
                await InvokeAsync(method, instance).ConfigureAwait(false);
                calls++;
            }
            while (clock.Elapsed.TotalSeconds < seconds / 5);

            var perCall = clock.Elapsed.TotalSeconds / calls;
            var rounds = Math.Clamp((int)(seconds * 0.8 / perCall), 1, 9);
            var callsPerRound = Math.Max(1, (int)(seconds * 0.8 / rounds / perCall));
            var times = new List<double>();
            var bytes = double.MaxValue;
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            for (var r = 0; r < rounds; r++)
            {
                var before = GC.GetTotalAllocatedBytes(precise: true);
                var start = Stopwatch.GetTimestamp();
                for (var i = 0; i < callsPerRound; i++)
                {
                    await InvokeAsync(method, instance).ConfigureAwait(false);
                }

                var elapsed = Stopwatch.GetElapsedTime(start);
                var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
                times.Add(elapsed.TotalNanoseconds / callsPerRound / perInvoke);
                bytes = Math.Min(bytes, (double)allocated / callsPerRound / perInvoke);
            }

            var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalNanoseconds / ((double)rounds * callsPerRound * perInvoke);
            times.Sort();
            return new Figure(type.Name, method.Name, times[times.Count / 2], bytes, cpu);
        }
        finally
        {
            foreach (var cleanup in Hooks<GlobalCleanupAttribute>(type, method.Name))
            {
                await InvokeAsync(cleanup, instance).ConfigureAwait(false);
            }
        }
    }

    private static IEnumerable<MethodInfo> Hooks<T>(Type type, string target)
        where T : TargetedAttribute =>
        type.GetMethods().Where(m => m.GetCustomAttribute<T>() is { } hook && (hook.Targets is null || hook.Targets.Length == 0 || hook.Targets.Contains(target)));

    private static async Task InvokeAsync(MethodInfo method, object instance)
    {
        if (method.Invoke(instance, null) is Task task)
        {
            await task.ConfigureAwait(false);
        }
    }
}
