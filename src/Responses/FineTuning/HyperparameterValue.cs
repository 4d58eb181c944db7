using System;
using System.Globalization;
using System.Text.Json.Serialization;

namespace Oai.FineTuning;

/// <summary>A fine-tuning hyperparameter: <c>"auto"</c> (the service chooses) or a number.</summary>
/// <remarks>Numbers convert implicitly (<c>NEpochs = 3</c>, <c>LearningRateMultiplier = 0.5</c>). A string other than
/// <c>auto</c> from the service is kept as <see cref="Text"/> and written back unchanged.</remarks>
/// <example><code>if (job.Hyperparameters?.NEpochs is { } epochs &amp;&amp; epochs.TryGetNumber(out var n)) { Console.WriteLine(n); }</code></example>
[JsonConverter(typeof(HyperparameterValueConverter))]
public readonly record struct HyperparameterValue
{
    private HyperparameterValue(double? number, string? text)
    {
        Number = number;
        Text = text;
    }

    /// <summary>Gets the value that lets the service choose: <c>"auto"</c>.</summary>
    public static HyperparameterValue Auto { get; } = new(null, "auto");

    /// <summary>Gets the number, or null when the value is a string.</summary>
    public double? Number { get; }

    /// <summary>Gets the string the value was sent as (<c>auto</c>), or null when it is a number.</summary>
    public string? Text { get; }

    /// <summary>Gets whether the service chooses the value (<c>"auto"</c>, or no value at all).</summary>
    public bool IsAuto => Number is null && (Text is null || Text == "auto");

    /// <summary>Converts a number.</summary>
    /// <param name="value">The number.</param>
    public static implicit operator HyperparameterValue(double value) => FromNumber(value);

    /// <summary>Converts a whole number.</summary>
    /// <param name="value">The number.</param>
    public static implicit operator HyperparameterValue(int value) => FromNumber(value);

    /// <summary>Creates a numeric value.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The value.</returns>
    public static HyperparameterValue FromNumber(double value) => new(value, null);

    /// <summary>Creates a value from a string the service sent.</summary>
    /// <param name="text">The string, usually <c>auto</c>.</param>
    /// <returns>The value.</returns>
    public static HyperparameterValue FromText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new(null, text);
    }

    /// <summary>Gets the number when the value is one.</summary>
    /// <param name="number">The number, or 0.</param>
    /// <returns>True when the value is a number.</returns>
    public bool TryGetNumber(out double number)
    {
        number = Number.GetValueOrDefault();
        return Number.HasValue;
    }

    /// <summary>Returns the value as JSON would carry it: the number or the string.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Number is { } number ? number.ToString(CultureInfo.InvariantCulture) : Text ?? "auto";
}
