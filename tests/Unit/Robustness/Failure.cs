namespace Oai.UnitTests.Robustness;

/// <summary>One broken rule in one case.</summary>
/// <param name="Signature">The failure class: what broke and where in the library (cases with the same signature are
/// one defect).</param>
/// <param name="Detail">What this case saw (the exception, the leaked text).</param>
/// <param name="Scenario">The case, to reproduce it.</param>
internal sealed record Failure(string Signature, string Detail, Scenario Scenario);
