using System.Text.Json.Serialization;

namespace Oai.FineTuning;

/// <summary>The state of a fine-tuning job; an open set the service may extend.</summary>
/// <param name="Value">The value exactly as the service sent it.</param>
[JsonConverter(typeof(OpenValueConverter<FineTuningJobStatus>))]
public readonly record struct FineTuningJobStatus(string Value) : IOpenValue<FineTuningJobStatus>
{
    /// <summary>The training and validation files are being checked: <c>validating_files</c>.</summary>
    public static FineTuningJobStatus ValidatingFiles { get; } = new("validating_files");

    /// <summary>The job waits for capacity: <c>queued</c>.</summary>
    public static FineTuningJobStatus Queued { get; } = new("queued");

    /// <summary>The job is training: <c>running</c>.</summary>
    public static FineTuningJobStatus Running { get; } = new("running");

    /// <summary>The job finished and produced a fine-tuned model (terminal): <c>succeeded</c>.</summary>
    public static FineTuningJobStatus Succeeded { get; } = new("succeeded");

    /// <summary>The job failed; see its error (terminal): <c>failed</c>.</summary>
    public static FineTuningJobStatus Failed { get; } = new("failed");

    /// <summary>The job was cancelled (terminal): <c>cancelled</c>.</summary>
    public static FineTuningJobStatus Cancelled { get; } = new("cancelled");

    /// <summary>The job was paused and can be resumed: <c>paused</c>.</summary>
    public static FineTuningJobStatus Paused { get; } = new("paused");

    /// <inheritdoc />
    public static FineTuningJobStatus Create(string value) => new(value);

    /// <summary>Returns the value as the service sent it.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value ?? string.Empty;
}
