using System;
using System.Text;
using System.Text.Json;

namespace Oai;

/// <summary>What a hand-written reader of a hot record (a stream chunk) needs to read exactly as the source-generated
/// serializer does: the same tokens accepted, the same null rule, the same <see cref="JsonException"/> with a path.</summary>
internal static class RecordReader
{
    /// <summary>Reads a string or null; anything else fails as the serializer's string converter does.</summary>
    public static string? String(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Null => null,
        _ => throw Mismatch("System.String"),
    };

    /// <summary>Reads a JSON number as an <see cref="int"/> (no strings, no fractions), as the serializer does.</summary>
    public static int Int32(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value) ? value : throw Mismatch("System.Int32");

    /// <summary>Reads a JSON number as a <see cref="long"/> (no strings, no fractions), as the serializer does.</summary>
    public static long Int64(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var value) ? value : throw Mismatch("System.Int64");

    /// <summary>Reads an open value as <see cref="OpenValueConverter{T}"/> does; null reads as the default value.</summary>
    public static T Open<T>(ref Utf8JsonReader reader)
        where T : struct, IOpenValue<T> => reader.TokenType switch
        {
            JsonTokenType.String => OpenValueCache<T>.Read(ref reader),
            JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False => T.Create(Encoding.UTF8.GetString(reader.ValueSpan)),
            JsonTokenType.Null => default,
            _ => throw new JsonException($"Expected a string for {typeof(T).Name}, got {reader.TokenType}."),
        };

    /// <summary>Reads a nullable open value: null stays null, as for a <c>T?</c> property.</summary>
    public static T? OpenOrNull<T>(ref Utf8JsonReader reader)
        where T : struct, IOpenValue<T> => reader.TokenType == JsonTokenType.Null ? null : Open<T>(ref reader);

    /// <summary>Fails unless the reader is on the start of an object.</summary>
    public static void StartObject(ref Utf8JsonReader reader, string type)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Mismatch(type);
        }
    }

    /// <summary>The serializer's message for a token that cannot be the property's type.</summary>
    public static JsonException Mismatch(string type) => new($"The JSON value could not be converted to {type}.");

    /// <summary>Whether an exception is a failure to read the JSON (the reader's own exceptions included, which the
    /// serializer turns into <see cref="JsonException"/> as well).</summary>
    public static bool IsReadFailure(Exception exception) => exception is JsonException or InvalidOperationException or FormatException;

    /// <summary>Rethrows a read failure as a <see cref="JsonException"/> whose path starts with <paramref name="segment"/>
    /// (<c>.name</c> or <c>[index]</c>), keeping the deeper path it already had.</summary>
    public static JsonException At(Exception exception, string segment)
    {
        var deeper = exception is JsonException { Path: ['$', .. var rest] } ? rest : string.Empty;
        var message = exception.Message.Split(". Path:", 2)[0];
        return new JsonException(message, "$" + segment + deeper, null, null, exception is JsonException { InnerException: { } inner } ? inner : exception);
    }

    /// <summary>The path segment of a property, from the bytes of its name token (only on the failure path).</summary>
    public static string Segment(ReadOnlySpan<byte> json, long nameStart)
    {
        if (nameStart < 0)
        {
            return string.Empty;
        }

        var reader = new Utf8JsonReader(json[(int)nameStart..]);
        try
        {
            return reader.Read() && reader.TokenType == JsonTokenType.String ? "." + reader.GetString() : string.Empty;
        }
        catch (Exception ex) when (IsReadFailure(ex))
        {
            return string.Empty;
        }
    }
}
