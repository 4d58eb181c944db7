using System;
using System.Text.Json;

namespace Oai;

/// <summary>Helpers for the union converters: find the discriminator without consuming the caller's reader.</summary>
internal static class UnionJson
{
    /// <summary>Reads the string value of a top-level property from a copy of the reader, which sits on StartObject.</summary>
    /// <param name="reader">A copy of the caller's reader; the caller's position is left untouched.</param>
    /// <param name="propertyName">The UTF-8 property name to look for.</param>
    /// <returns>The property's string value, or null when absent or not a string.</returns>
    public static string? PeekString(Utf8JsonReader reader, ReadOnlySpan<byte> propertyName)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected an object, got {reader.TokenType}.");
        }

        int depth = reader.CurrentDepth;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == depth)
            {
                return null;
            }

            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == depth + 1)
            {
                bool match = reader.ValueTextEquals(propertyName);
                reader.Read();
                if (match)
                {
                    return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }

                reader.Skip();
            }
        }

        return null;
    }

    /// <summary>Reads a string property from an element, or null when absent or not a string.</summary>
    /// <param name="element">The object element.</param>
    /// <param name="propertyName">The property name.</param>
    /// <returns>The string value or null.</returns>
    public static string? GetString(JsonElement element, string propertyName)
    {
        return element.ValueKind == JsonValueKind.Object
            && element.TryGetProperty(propertyName, out JsonElement value)
            && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
    }
}
