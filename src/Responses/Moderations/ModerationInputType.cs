using System.Text.Json.Serialization;

namespace Oai.Moderations;

/// <summary>A kind of input a category was applied to (<c>text</c>, <c>image</c>); an open set the service may extend.</summary>
/// <param name="Value">The value exactly as the service sent it.</param>
[JsonConverter(typeof(OpenValueConverter<ModerationInputType>))]
public readonly record struct ModerationInputType(string Value) : IOpenValue<ModerationInputType>
{
    /// <summary>Text input: <c>text</c>.</summary>
    public static ModerationInputType Text { get; } = new("text");

    /// <summary>Image input: <c>image</c>.</summary>
    public static ModerationInputType Image { get; } = new("image");

    /// <inheritdoc />
    public static ModerationInputType Create(string value) => new(value);

    /// <summary>Returns the value as the service sent it.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value ?? string.Empty;
}
