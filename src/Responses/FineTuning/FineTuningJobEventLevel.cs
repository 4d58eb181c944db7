using System.Text.Json.Serialization;

namespace Oai.FineTuning;

/// <summary>The severity of a fine-tuning job event; an open set the service may extend.</summary>
/// <param name="Value">The value exactly as the service sent it.</param>
[JsonConverter(typeof(OpenValueConverter<FineTuningJobEventLevel>))]
public readonly record struct FineTuningJobEventLevel(string Value) : IOpenValue<FineTuningJobEventLevel>
{
    /// <summary>Progress information: <c>info</c>.</summary>
    public static FineTuningJobEventLevel Info { get; } = new("info");

    /// <summary>A warning: <c>warn</c>.</summary>
    public static FineTuningJobEventLevel Warn { get; } = new("warn");

    /// <summary>An error: <c>error</c>.</summary>
    public static FineTuningJobEventLevel Error { get; } = new("error");

    /// <inheritdoc />
    public static FineTuningJobEventLevel Create(string value) => new(value);

    /// <summary>Returns the value as the service sent it.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value ?? string.Empty;
}
