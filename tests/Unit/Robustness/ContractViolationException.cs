using System;

namespace Oai.UnitTests.Robustness;

/// <summary>Thrown by <see cref="OperationRunner"/> when a call broke a promise of its documentation (not an exception
/// the library threw): reported as a failure class of its own.</summary>
internal sealed class ContractViolationException(string message, string detail) : Exception(message)
{
    public string Detail { get; } = detail;
}
