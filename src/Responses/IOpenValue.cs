namespace Oai;

/// <summary>A string-backed value the server owns and may extend, such as a finish reason or a role.</summary>
/// <typeparam name="TSelf">The value type itself.</typeparam>
/// <remarks>
/// Unknown values are kept as sent, compared ordinally and printed unchanged: a value the service adds tomorrow
/// never makes a response fail to parse.
/// </remarks>
internal interface IOpenValue<TSelf>
    where TSelf : struct, IOpenValue<TSelf>
{
    /// <summary>Gets the value exactly as the service sent it.</summary>
    string Value { get; }

    /// <summary>Creates the value type from the string the service sent.</summary>
    /// <param name="value">The wire value.</param>
    /// <returns>The value type holding <paramref name="value"/>.</returns>
    static abstract TSelf Create(string value);
}
