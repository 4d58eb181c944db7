using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>How much context-window space web search results may use; an open set the service may extend.</summary>
/// <param name="Value">The value exactly as sent on the wire.</param>
[JsonConverter(typeof(OpenValueConverter<WebSearchContextSize>))]
public readonly record struct WebSearchContextSize(string Value) : IOpenValue<WebSearchContextSize>
{
    /// <summary>Less context: faster and cheaper. Sent as <c>low</c>.</summary>
    public static WebSearchContextSize Low { get; } = new("low");

    /// <summary>The service default. Sent as <c>medium</c>.</summary>
    public static WebSearchContextSize Medium { get; } = new("medium");

    /// <summary>More context. Sent as <c>high</c>.</summary>
    public static WebSearchContextSize High { get; } = new("high");

    /// <inheritdoc />
    public static WebSearchContextSize Create(string value) => new(value);

    /// <summary>Returns the value as sent on the wire.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value ?? string.Empty;
}
