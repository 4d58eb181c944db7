using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>The detail level at which the model looks at an image; an open set the service may extend.</summary>
/// <param name="Value">The value exactly as sent on the wire.</param>
/// <remarks>See <see href="https://platform.openai.com/docs/guides/vision">the OpenAI guide</see>.</remarks>
[JsonConverter(typeof(OpenValueConverter<ImageDetail>))]
public readonly record struct ImageDetail(string Value) : IOpenValue<ImageDetail>
{
    /// <summary>The service picks the detail level. Sent as <c>auto</c>.</summary>
    public static ImageDetail Auto { get; } = new("auto");

    /// <summary>Low detail: fewer tokens. Sent as <c>low</c>.</summary>
    public static ImageDetail Low { get; } = new("low");

    /// <summary>High detail. Sent as <c>high</c>.</summary>
    public static ImageDetail High { get; } = new("high");

    /// <inheritdoc />
    public static ImageDetail Create(string value) => new(value);

    /// <summary>Returns the value as sent on the wire.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value ?? string.Empty;
}
