using System.Text.Json.Serialization;

namespace Oai;

/// <summary>The order of a listing by creation time: <c>asc</c> or <c>desc</c>.</summary>
/// <param name="Value">The value as sent in the <c>order</c> query parameter.</param>
[JsonConverter(typeof(OpenValueConverter<ListOrder>))]
public readonly record struct ListOrder(string Value) : IOpenValue<ListOrder>
{
    /// <summary>Oldest first: <c>asc</c>.</summary>
    public static ListOrder Ascending { get; } = new("asc");

    /// <summary>Newest first: <c>desc</c>.</summary>
    public static ListOrder Descending { get; } = new("desc");

    /// <inheritdoc />
    public static ListOrder Create(string value) => new(value);

    /// <summary>Returns the value as sent.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value ?? string.Empty;
}
