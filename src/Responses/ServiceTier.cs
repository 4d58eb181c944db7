using System.Text.Json.Serialization;

namespace Oai;

/// <summary>The processing tier the service used for a request; an open set the service may extend.</summary>
/// <param name="Value">The tier exactly as the service sent it.</param>
/// <example><code>if (completion.ServiceTier == ServiceTier.Flex) { /* expect higher latency */ }</code></example>
[JsonConverter(typeof(OpenValueConverter<ServiceTier>))]
public readonly record struct ServiceTier(string Value) : IOpenValue<ServiceTier>
{
    /// <summary>The tier configured in the project settings.</summary>
    public static ServiceTier Auto { get; } = new("auto");

    /// <summary>Standard pricing and performance.</summary>
    public static ServiceTier Default { get; } = new("default");

    /// <summary>Flex processing: cheaper, slower.</summary>
    public static ServiceTier Flex { get; } = new("flex");

    /// <summary>The scale tier.</summary>
    public static ServiceTier Scale { get; } = new("scale");

    /// <summary>Priority processing.</summary>
    public static ServiceTier Priority { get; } = new("priority");

    /// <inheritdoc />
    public static ServiceTier Create(string value) => new(value);

    /// <summary>Returns the value as the service sent it.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value ?? string.Empty;
}
