using System.Text.Json.Serialization;

namespace Oai.FineTuning;

/// <summary>The kind of a fine-tuning job event; an open set the service may extend.</summary>
/// <param name="Value">The value exactly as the service sent it.</param>
[JsonConverter(typeof(OpenValueConverter<FineTuningJobEventType>))]
public readonly record struct FineTuningJobEventType(string Value) : IOpenValue<FineTuningJobEventType>
{
    /// <summary>A human-readable message: <c>message</c>.</summary>
    public static FineTuningJobEventType Message { get; } = new("message");

    /// <summary>Training metrics, in the event's data: <c>metrics</c>.</summary>
    public static FineTuningJobEventType Metrics { get; } = new("metrics");

    /// <inheritdoc />
    public static FineTuningJobEventType Create(string value) => new(value);

    /// <summary>Returns the value as the service sent it.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value ?? string.Empty;
}
