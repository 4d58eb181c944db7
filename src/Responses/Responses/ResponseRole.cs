using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>The author of a message item; an open set the service may extend.</summary>
/// <param name="Value">The value exactly as the service sent it.</param>
/// <example><code>if (message.Role == ResponseRole.Assistant) { /* model output */ }</code></example>
[JsonConverter(typeof(OpenValueConverter<ResponseRole>))]
public readonly record struct ResponseRole(string Value) : IOpenValue<ResponseRole>
{
    /// <summary>The end user.</summary>
    public static ResponseRole User { get; } = new("user");

    /// <summary>The model.</summary>
    public static ResponseRole Assistant { get; } = new("assistant");

    /// <summary>System instructions.</summary>
    public static ResponseRole System { get; } = new("system");

    /// <summary>Developer instructions.</summary>
    public static ResponseRole Developer { get; } = new("developer");

    /// <inheritdoc />
    public static ResponseRole Create(string value) => new(value);

    /// <summary>Returns the value as the service sent it.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value ?? string.Empty;
}
