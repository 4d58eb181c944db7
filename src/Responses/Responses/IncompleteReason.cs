using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>Why a response stopped before it was complete; an open set the service may extend.</summary>
/// <param name="Value">The value exactly as the service sent it.</param>
/// <example><code>if (response.TryGetIncompleteReason(out var reason) &amp;&amp; reason == IncompleteReason.MaxOutputTokens) { /* raise the limit */ }</code></example>
[JsonConverter(typeof(OpenValueConverter<IncompleteReason>))]
public readonly record struct IncompleteReason(string Value) : IOpenValue<IncompleteReason>
{
    /// <summary>The output reached <c>max_output_tokens</c>.</summary>
    public static IncompleteReason MaxOutputTokens { get; } = new("max_output_tokens");

    /// <summary>Content was filtered.</summary>
    public static IncompleteReason ContentFilter { get; } = new("content_filter");

    /// <inheritdoc />
    public static IncompleteReason Create(string value) => new(value);

    /// <summary>Returns the value as the service sent it.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value ?? string.Empty;
}
