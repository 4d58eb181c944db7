using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>How verbose the model's response should be; an open set the service may extend.</summary>
/// <param name="Value">The value exactly as sent on the wire.</param>
[JsonConverter(typeof(OpenValueConverter<Verbosity>))]
public readonly record struct Verbosity(string Value) : IOpenValue<Verbosity>
{
    /// <summary>Concise responses. Sent as <c>low</c>.</summary>
    public static Verbosity Low { get; } = new("low");

    /// <summary>The service default. Sent as <c>medium</c>.</summary>
    public static Verbosity Medium { get; } = new("medium");

    /// <summary>More verbose responses. Sent as <c>high</c>.</summary>
    public static Verbosity High { get; } = new("high");

    /// <inheritdoc />
    public static Verbosity Create(string value) => new(value);

    /// <summary>Returns the value as sent on the wire.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value ?? string.Empty;
}
