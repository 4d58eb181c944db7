using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace Oai.UnitTests.Robustness;

/// <summary>Runs the cases of some seeds in parallel (hangs and stalls wait side by side, not one after another) and
/// reports every failure class.</summary>
internal static class RobustnessRun
{
    public const int Parallelism = 16;

    /// <summary>Runs the cases and returns the report, or null when every case passed.</summary>
    /// <param name="transport">Where replies come from.</param>
    /// <param name="seeds">The seeds.</param>
    /// <param name="casesPerSeed">How many cases each seed generates.</param>
    /// <param name="allowed">The mutations to draw from, or null for all.</param>
    /// <param name="log">Where to write the summary.</param>
    public static async Task<string?> RunAsync(
        ICaseTransport transport, IReadOnlyList<int> seeds, int casesPerSeed, IReadOnlyList<MutationKind>? allowed, Action<string> log)
    {
        var only = Environment.GetEnvironmentVariable("OAI_ROBUSTNESS_CASES")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => c.Split('/')).Select(p => (Seed: int.Parse(p[0], System.Globalization.CultureInfo.InvariantCulture), Case: int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture)))
            .Where(c => seeds.Contains(c.Seed)).ToList();
        var cases = only ?? seeds.SelectMany(seed => Enumerable.Range(1, casesPerSeed).Select(n => (Seed: seed, Case: n))).ToList();

        var temp = Directory.CreateTempSubdirectory("oai-robustness-");
        var failures = new ConcurrentQueue<Failure>();
        var operations = new ConcurrentDictionary<RobustOperation, int>();
        var mutationCounts = new ConcurrentDictionary<string, int>();
        var stopwatch = Stopwatch.StartNew();
        var strayLeaks = new List<string>();
        using (var telemetry = new TelemetryWatch())
        {
            var runner = new CaseRunner(transport, telemetry, temp.FullName);
            var generators = seeds.ToDictionary(s => s, s => new ScenarioGenerator(s));
            await Parallel.ForEachAsync(cases, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (c, _) =>
            {
                var scenario = generators[c.Seed].Generate(c.Case, allowed);
                operations.AddOrUpdate(scenario.Operation, 1, (_, n) => n + 1);
                foreach (var mutation in scenario.Mutations.Select(m => m.Split(':')[0]).DefaultIfEmpty("(none)"))
                {
                    mutationCounts.AddOrUpdate(mutation, 1, (_, n) => n + 1);
                }

                if (only is not null)
                {
                    log(scenario.Describe());
                }

                foreach (var failure in await runner.RunAsync(scenario))
                {
                    failures.Enqueue(failure);
                }
            });

            // Events written where no case's context flowed (a timer, a background task) still must not quote a key.
            strayLeaks.AddRange(telemetry.UnattributedEvents
                .Select(e => string.Join(" | ", e.Payload.Append(e.Message ?? string.Empty)))
                .Where(text => text.Contains(ScenarioGenerator.SkKey, StringComparison.Ordinal) || text.Contains(ScenarioGenerator.PlainKey, StringComparison.Ordinal)));
        }

        try
        {
            temp.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A download abandoned by a hung case may still hold its file; the OS cleans the temp folder.
        }

        log($"{cases.Count} cases ({string.Join(", ", seeds.Select(s => $"seed {s}"))}) in {stopwatch.Elapsed.TotalSeconds:0.0} s, {failures.Count} failures.");
        log($"per operation: {string.Join(", ", operations.OrderBy(o => o.Key).Select(o => $"{o.Key} {o.Value}"))}");
        log($"per mutation: {string.Join(", ", mutationCounts.OrderBy(m => m.Key).Select(m => $"{m.Key} {m.Value}"))}");
        var report = failures.IsEmpty ? null : FailureReport.Build([.. failures], cases.Count, seeds);
        return strayLeaks.Count == 0
            ? report
            : $"{report}\nThe API key in {strayLeaks.Count} Oai-Client event source events outside any case, first: {strayLeaks[0]}";
    }
}
