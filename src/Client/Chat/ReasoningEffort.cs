using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>How much effort a reasoning model spends on reasoning; an open set the service may extend.</summary>
/// <param name="Value">The value exactly as sent on the wire.</param>
/// <remarks>See <see href="https://platform.openai.com/docs/guides/reasoning">the OpenAI guide</see>.</remarks>
[JsonConverter(typeof(OpenValueConverter<ReasoningEffort>))]
public readonly record struct ReasoningEffort(string Value) : IOpenValue<ReasoningEffort>
{
    /// <summary>No reasoning, where the model supports it. Sent as <c>none</c>.</summary>
    public static ReasoningEffort None { get; } = new("none");

    /// <summary>Minimal reasoning. Sent as <c>minimal</c>.</summary>
    public static ReasoningEffort Minimal { get; } = new("minimal");

    /// <summary>Low effort. Sent as <c>low</c>.</summary>
    public static ReasoningEffort Low { get; } = new("low");

    /// <summary>Medium effort, the service default. Sent as <c>medium</c>.</summary>
    public static ReasoningEffort Medium { get; } = new("medium");

    /// <summary>High effort. Sent as <c>high</c>.</summary>
    public static ReasoningEffort High { get; } = new("high");

    /// <summary>Extra-high effort. Sent as <c>xhigh</c>.</summary>
    public static ReasoningEffort ExtraHigh { get; } = new("xhigh");

    /// <summary>The most effort the model supports. Sent as <c>max</c>.</summary>
    public static ReasoningEffort Max { get; } = new("max");

    /// <inheritdoc />
    public static ReasoningEffort Create(string value) => new(value);

    /// <summary>Returns the value as sent on the wire.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value ?? string.Empty;
}
