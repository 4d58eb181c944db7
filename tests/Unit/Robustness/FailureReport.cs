using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Oai.UnitTests.Robustness;

/// <summary>Groups failures into classes (one per signature) and prints, for each, how many cases hit it, on which
/// operations and mutations, and the smallest case that reproduces it.</summary>
internal static class FailureReport
{
    public static string Build(IReadOnlyCollection<Failure> failures, int cases, IReadOnlyList<int> seeds)
    {
        var text = new StringBuilder();
        var classes = failures.GroupBy(f => f.Signature).OrderByDescending(g => g.Count()).ToList();
        text.Append(CultureInfo.InvariantCulture, $"{classes.Count} failure classes in {failures.Select(f => (f.Scenario.Seed, f.Scenario.CaseNumber)).Distinct().Count()} of {cases} cases (seeds {string.Join(", ", seeds)}).");
        text.AppendLine(" A case is new ScenarioGenerator(seed).Generate(case); run only some with OAI_ROBUSTNESS_CASES=seed/case,seed/case.");
        var number = 0;
        foreach (var group in classes)
        {
            number++;
            var smallest = group.OrderBy(f => f.Scenario.Mutations.Count).ThenBy(f => f.Scenario.TotalBodyBytes).First();
            var operations = group.Select(f => f.Scenario.Operation.ToString()).Distinct().Order();
            var mutations = group.SelectMany(f => f.Scenario.Mutations.Select(m => m.Split(':')[0])).Distinct().Order();
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"#{number} {group.Key}  [{group.Count()} cases]");
            text.AppendLine(CultureInfo.InvariantCulture, $"  operations: {string.Join(", ", operations)}");
            text.AppendLine(CultureInfo.InvariantCulture, $"  mutations seen: {string.Join(", ", mutations)}");
            var examples = group.Select(f => f.Scenario).DistinctBy(c => (c.Seed, c.CaseNumber)).Take(12)
                .Select(c => $"{c.Seed}/{c.CaseNumber} {c.Operation} ({(c.Mutations.Count == 0 ? "none" : string.Join("+", c.Mutations.Select(m => m.Split(':')[0])))})");
            text.AppendLine(CultureInfo.InvariantCulture, $"  cases: {string.Join(", ", examples)}");
            text.AppendLine(CultureInfo.InvariantCulture, $"  smallest case: {smallest.Scenario.Describe().Replace("\n", "\n  ", System.StringComparison.Ordinal)}");
            text.AppendLine(CultureInfo.InvariantCulture, $"  what it saw: {smallest.Detail.Replace("\n", "\n    ", System.StringComparison.Ordinal)}");
        }

        return text.ToString();
    }
}
