using System.Text.Json.Serialization;

namespace Oai.Batches;

/// <summary>The state of a batch; an open set the service may extend.</summary>
/// <param name="Value">The value exactly as the service sent it.</param>
[JsonConverter(typeof(OpenValueConverter<BatchStatus>))]
public readonly record struct BatchStatus(string Value) : IOpenValue<BatchStatus>
{
    /// <summary>The input file is being checked: <c>validating</c>.</summary>
    public static BatchStatus Validating { get; } = new("validating");

    /// <summary>The input file failed validation (terminal; see <see cref="Batch.Errors"/>): <c>failed</c>.</summary>
    public static BatchStatus Failed { get; } = new("failed");

    /// <summary>The requests are being run: <c>in_progress</c>.</summary>
    public static BatchStatus InProgress { get; } = new("in_progress");

    /// <summary>The requests have run and the result files are being written: <c>finalizing</c>.</summary>
    public static BatchStatus Finalizing { get; } = new("finalizing");

    /// <summary>The result files are ready (terminal): <c>completed</c>.</summary>
    public static BatchStatus Completed { get; } = new("completed");

    /// <summary>The completion window ran out; what ran is in the result files (terminal): <c>expired</c>.</summary>
    public static BatchStatus Expired { get; } = new("expired");

    /// <summary>Cancellation was asked for and is under way: <c>cancelling</c>.</summary>
    public static BatchStatus Cancelling { get; } = new("cancelling");

    /// <summary>The batch was cancelled; what ran is in the result files (terminal): <c>cancelled</c>.</summary>
    public static BatchStatus Cancelled { get; } = new("cancelled");

    /// <inheritdoc />
    public static BatchStatus Create(string value) => new(value);

    /// <summary>Returns the value as the service sent it.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value ?? string.Empty;
}
