using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Oai;

/// <summary>What a hand-written reader of a hot record (a stream chunk, a whole chat completion) needs to read exactly
/// as the source-generated serializer does: the same tokens accepted, the same null rule, the same
/// <see cref="JsonException"/> with a path.</summary>
/// <remarks>A record is read by <see cref="Fields{T}"/> (the object loop every record shares) with an
/// <see cref="IRecordFields"/> struct holding its modelled fields; lists by <see cref="Items{T}"/>; a whole body by
/// <see cref="Document{T}"/>. No serializer state is built.</remarks>
internal static class RecordReader
{
    /// <summary>Reads one value (a record or a list item) the reader is on, leaving it on the value's last token.</summary>
    public delegate T? Reader<T>(ref Utf8JsonReader reader, ReadOnlySpan<byte> json);

    /// <summary>Reads a whole body: null for a JSON <c>null</c>, as the serializer returns; trailing data fails.</summary>
    /// <exception cref="JsonException">The bytes are not JSON, or not the record.</exception>
    public static T? Document<T>(ReadOnlySpan<byte> json, Reader<T> read)
        where T : class
    {
        var reader = new Utf8JsonReader(json);
        try
        {
            if (!reader.Read())
            {
                throw new JsonException("The input does not contain any JSON tokens.");
            }

            var value = reader.TokenType == JsonTokenType.Null ? null : read(ref reader, json);
            if (reader.Read())
            {
                throw new JsonException("'" + (char)json[(int)reader.TokenStartIndex] + "' is invalid after a single JSON value. Expected end of data.");
            }

            return value;
        }
        catch (Exception ex) when (IsReadFailure(ex) && ex is not JsonException { Path: not null })
        {
            throw At(ex, string.Empty);
        }
    }

    /// <summary>Reads the object the reader is on: each property the record models into <paramref name="fields"/>,
    /// the others kept as raw UTF-8; leaves the reader on the object's end.</summary>
    /// <returns>The unmodelled fields, or null when there were none (as the serializer leaves <c>AdditionalProperties</c>).</returns>
    /// <exception cref="JsonException">Not an object, or a value the record cannot hold, with the path the serializer names.</exception>
    public static RawFields? Fields<T>(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, string type, ref T fields)
        where T : struct, IRecordFields
    {
        StartObject(ref reader, type);
        var unknown = new RawFieldsBuilder(json);
        var name = 0L;
        try
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                name = reader.TokenStartIndex;
                if (!fields.Read(ref reader, json))
                {
                    unknown.Add(ref reader);
                }

                // A failure reading past the value is the object's, not the property's (as the serializer reports it).
                name = -1;
            }
        }
        catch (Exception ex) when (IsReadFailure(ex))
        {
            throw At(ex, Segment(json, name));
        }

        return unknown.Build();
    }

    /// <summary>Reads a list of records: null stays null (the record's null rule makes it empty), null items (and
    /// items read as null) are dropped, and the usual single item costs one one-element array.</summary>
    public static IReadOnlyList<T>? Items<T>(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, string itemType, Reader<T> read)
        where T : class
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw Mismatch($"System.Collections.Generic.IReadOnlyList`1[{itemType}]");
        }

        T? first = null;
        List<T>? more = null;
        var index = 0;
        try
        {
            for (; reader.Read() && reader.TokenType != JsonTokenType.EndArray; index++)
            {
                if (reader.TokenType == JsonTokenType.Null || read(ref reader, json) is not { } item)
                {
                    continue;
                }

                if (first is null)
                {
                    first = item;
                }
                else
                {
                    (more ??= [first]).Add(item);
                }
            }
        }
        catch (Exception ex) when (IsReadFailure(ex))
        {
            throw At(ex, $"[{index}]");
        }

        return more is not null ? more : first is null ? [] : new[] { first };
    }

    /// <summary>Reads one item of a union list (tool calls, annotations) with its converter, as the serializer's list
    /// converter does.</summary>
    /// <exception cref="JsonException">As the serializer fails; a failure inside a variant the converter read in a
    /// serializer run of its own keeps the path that run gave it (see <see cref="SettledPathException"/>).</exception>
    public static T? Union<T>(ref Utf8JsonReader reader, JsonTypeInfo<T> type)
    {
        try
        {
            return ((JsonConverter<T>)type.Converter).Read(ref reader, typeof(T), type.Options);
        }
        catch (JsonException ex) when (ex.Path is not null)
        {
            throw new SettledPathException(ex);
        }
    }

    /// <summary>Whether the property name the reader is on is <paramref name="name"/>; if so, moves the reader to its value.</summary>
    public static bool Name(ref Utf8JsonReader reader, ReadOnlySpan<byte> name)
    {
        if (!reader.ValueTextEquals(name))
        {
            return false;
        }

        reader.Read();
        return true;
    }

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

    /// <summary>Reads a JSON number as an <see cref="int"/>, or null, as the serializer reads an <c>int?</c>.</summary>
    public static int? Int32OrNull(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null
        : reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value) ? value
        : throw Mismatch("System.Nullable`1[System.Int32]");

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
        if (exception is SettledPathException settled)
        {
            return settled;
        }

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

    /// <summary>A failure inside a union variant, which the union's converter reads in a serializer run of its own: the
    /// serializer keeps that run's path (relative to the variant, <c>$.function.arguments</c>) instead of the full one,
    /// and so does a hand-written reader, which adds no segment to it.</summary>
    private sealed class SettledPathException(JsonException inner)
        : JsonException(inner.Message, inner.Path, inner.LineNumber, inner.BytePositionInLine, inner.InnerException);
}
