using System.Text.Json.Serialization;

namespace Oai.FineTuning;

/// <summary>The fine-tuning method of a job; an open set the service may extend.</summary>
/// <param name="Value">The value exactly as the service sent it.</param>
[JsonConverter(typeof(OpenValueConverter<FineTuningMethodType>))]
public readonly record struct FineTuningMethodType(string Value) : IOpenValue<FineTuningMethodType>
{
    /// <summary>Supervised fine-tuning on example conversations: <c>supervised</c>.</summary>
    public static FineTuningMethodType Supervised { get; } = new("supervised");

    /// <summary>Direct preference optimisation on preferred and non-preferred outputs: <c>dpo</c>.</summary>
    public static FineTuningMethodType Dpo { get; } = new("dpo");

    /// <summary>Reinforcement fine-tuning scored by a grader: <c>reinforcement</c>.</summary>
    public static FineTuningMethodType Reinforcement { get; } = new("reinforcement");

    /// <inheritdoc />
    public static FineTuningMethodType Create(string value) => new(value);

    /// <summary>Returns the value as the service sent it.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value ?? string.Empty;
}
