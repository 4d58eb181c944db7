using System;
using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace Oai;

/// <summary>Reads a <see cref="JsonElement"/> (an unmodelled field, a raw union variant, free-form <c>data</c>) only
/// when every string in it can be read: invalid UTF-8 or a lone surrogate escape is a <see cref="JsonException"/>
/// now, as it is in a modelled field, instead of an <see cref="InvalidOperationException"/> later, when the caller
/// reads or prints the element.</summary>
/// <remarks>Checks the bytes in place (no string is built unless a value is escaped), then parses as usual.</remarks>
internal sealed class CheckedJsonElementConverter : JsonConverter<JsonElement>
{
    public override JsonElement Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ParseValue(ref reader);

    public override void Write(Utf8JsonWriter writer, JsonElement value, JsonSerializerOptions options) => value.WriteTo(writer);

    /// <summary>As <see cref="JsonElement.ParseValue(ref Utf8JsonReader)"/>, after checking every string and property name.</summary>
    public static JsonElement ParseValue(ref Utf8JsonReader reader)
    {
        var probe = reader;
        Validate(ref probe);
        return JsonElement.ParseValue(ref reader);
    }

    /// <summary>Checks every string and property name of the value the reader is on, and leaves the reader on its
    /// last token (as <see cref="Utf8JsonReader.Skip"/> does), building nothing.</summary>
    /// <exception cref="JsonException">A string holds invalid UTF-8 or an invalid escape.</exception>
    public static void Validate(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            var depth = reader.CurrentDepth;
            while (reader.Read() && reader.CurrentDepth > depth)
            {
                Check(ref reader);
            }
        }
        else
        {
            Check(ref reader);
        }
    }

    /// <summary>As <see cref="Validate(ref Utf8JsonReader)"/> for a property name.</summary>
    public static void ValidateName(ref Utf8JsonReader reader) => Check(ref reader);

    private static void Check(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName))
        {
            return;
        }

        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            if (!Utf8.IsValid(reader.ValueSpan))
            {
                throw new JsonException("A string holds invalid UTF-8.");
            }

            return;
        }

        // Unescaping validates (lone surrogates included); it needs at most one char per byte.
        var length = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
        var buffer = ArrayPool<char>.Shared.Rent(length);
        try
        {
            reader.CopyString(buffer);
        }
        catch (InvalidOperationException ex)
        {
            throw new JsonException("A string holds invalid UTF-8 or an invalid escape.", ex);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
