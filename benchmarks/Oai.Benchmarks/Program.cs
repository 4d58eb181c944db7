using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Oai.Benchmarks.Support;

namespace Oai.Benchmarks;

/// <summary>Runs the benchmarks.</summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>--quick [filter]</c>: every scenario in this process for about a second each, then the ratio table (under a minute).</item>
/// <item><c>--alloc Class.Method calls</c>: where one benchmark's bytes go, by type (sampled allocation events).</item>
/// <item><c>--pair Baseline.Method Other.Method rounds</c>: the time ratio of two benchmarks measured alternately (a ratio that holds on a loaded machine).</item>
/// <item><c>--files</c>: the 256 MiB upload and download, peak working-set growth, one child process per implementation.</item>
/// <item>anything else goes to BenchmarkDotNet (<c>--filter '*' --job short</c>...), and the ratio table follows.</item>
/// </list>
/// </remarks>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        switch (args)
        {
            case ["--quick", .. var filter]:
                var figures = await Quick.RunAsync(0.6, name => filter.Length == 0 || filter.Any(f => name.Contains(f, StringComparison.OrdinalIgnoreCase)));
                Console.WriteLine();
                Console.WriteLine(RatioTable.Format(figures));
                return 0;
            case ["--alloc", var name, var calls]:
                Console.WriteLine(await AllocationProfile.RunAsync(name, int.Parse(calls, System.Globalization.CultureInfo.InvariantCulture)));
                return 0;
            case ["--pair", var baseline, var other, var rounds]:
                Console.WriteLine(await Quick.PairAsync(baseline, other, int.Parse(rounds, System.Globalization.CultureInfo.InvariantCulture)));
                return 0;
            case ["--files"]:
                Console.WriteLine(await FileMemory.RunAllAsync());
                return 0;
            case ["--files-child", var impl, var direction, var url]:
                return await FileMemory.ChildAsync(impl, direction, new Uri(url));
            default:
                var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
                var results = new List<Figure>();
                foreach (var report in summaries.SelectMany(s => s.Reports))
                {
                    if (report.ResultStatistics is { } statistics)
                    {
                        var descriptor = report.BenchmarkCase.Descriptor;
                        results.Add(new Figure(descriptor.Type.Name, descriptor.WorkloadMethod.Name, statistics.Median, report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0));
                    }
                }

                Console.WriteLine();
                Console.WriteLine(RatioTable.Format(results));
                return 0;
        }
    }
}
