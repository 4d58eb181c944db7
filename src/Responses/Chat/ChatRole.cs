using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>The author of a chat message; an open set the service may extend.</summary>
/// <param name="Value">The role exactly as the service sent it.</param>
/// <example><code>if (delta.Role == ChatRole.Assistant) { /* first chunk of the answer */ }</code></example>
[JsonConverter(typeof(OpenValueConverter<ChatRole>))]
public readonly record struct ChatRole(string Value) : IOpenValue<ChatRole>
{
    /// <summary>System instructions (older models).</summary>
    public static ChatRole System { get; } = new("system");

    /// <summary>Developer instructions (newer models).</summary>
    public static ChatRole Developer { get; } = new("developer");

    /// <summary>The end user.</summary>
    public static ChatRole User { get; } = new("user");

    /// <summary>The model.</summary>
    public static ChatRole Assistant { get; } = new("assistant");

    /// <summary>A tool result.</summary>
    public static ChatRole Tool { get; } = new("tool");

    /// <summary>A legacy function result.</summary>
    public static ChatRole Function { get; } = new("function");

    /// <inheritdoc />
    public static ChatRole Create(string value) => new(value);

    /// <summary>Returns the value as the service sent it.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value ?? string.Empty;
}
