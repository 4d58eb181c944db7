using System.Text.Json.Serialization;

namespace Oai;

/// <summary>Why the model stopped generating a choice; an open set the service may extend.</summary>
/// <param name="Value">The reason exactly as the service sent it.</param>
/// <example><code>if (choice.FinishReason == FinishReason.Length) { /* raise max tokens */ }</code></example>
[JsonConverter(typeof(OpenValueConverter<FinishReason>))]
public readonly record struct FinishReason(string Value) : IOpenValue<FinishReason>
{
    /// <summary>The model reached a natural stop point or a stop sequence.</summary>
    public static FinishReason Stop { get; } = new("stop");

    /// <summary>The output hit the token limit.</summary>
    public static FinishReason Length { get; } = new("length");

    /// <summary>The model called one or more tools.</summary>
    public static FinishReason ToolCalls { get; } = new("tool_calls");

    /// <summary>Content was omitted by the content filter.</summary>
    public static FinishReason ContentFilter { get; } = new("content_filter");

    /// <summary>The model called a function (deprecated form of <see cref="ToolCalls"/>).</summary>
    public static FinishReason FunctionCall { get; } = new("function_call");

    /// <inheritdoc />
    public static FinishReason Create(string value) => new(value);

    /// <summary>Returns the value as the service sent it.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value ?? string.Empty;
}
