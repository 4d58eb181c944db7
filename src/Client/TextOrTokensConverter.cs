using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai;

/// <summary>Writes a <see cref="TextOrTokens"/> as a JSON string, array of strings, array of integers or array of
/// integer arrays, and reads any of them back.</summary>
/// <typeparam name="T">The subtype.</typeparam>
internal sealed class TextOrTokensConverter<T> : JsonConverter<T>
    where T : TextOrTokens, ITextOrTokensFactory<T>
{
    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return T.Create(reader.GetString()!);
        }

        Expect(ref reader, JsonTokenType.StartArray);
        var texts = new List<string>();
        var arrays = new List<int[]>();
        var tokens = new List<int>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    texts.Add(reader.GetString()!);
                    break;
                case JsonTokenType.Number:
                    tokens.Add(reader.GetInt32());
                    break;
                default:
                    arrays.Add(ReadTokens(ref reader));
                    break;
            }
        }

        // An empty array reads as no texts.
        return T.Create(tokens.Count > 0 ? tokens.ToArray() : arrays.Count > 0 ? arrays.ToArray() : texts.ToArray());
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        switch (value.Value)
        {
            case string text:
                writer.WriteStringValue(text);
                break;
            case string[] texts:
                writer.WriteStartArray();
                foreach (var text in texts)
                {
                    writer.WriteStringValue(text);
                }

                writer.WriteEndArray();
                break;
            case int[] tokens:
                WriteTokens(writer, tokens);
                break;
            case int[][] arrays:
                writer.WriteStartArray();
                foreach (var tokens in arrays)
                {
                    WriteTokens(writer, tokens);
                }

                writer.WriteEndArray();
                break;
        }
    }

    private static int[] ReadTokens(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartArray);
        var tokens = new List<int>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            tokens.Add(reader.GetInt32());
        }

        return tokens.ToArray();
    }

    private static void WriteTokens(Utf8JsonWriter writer, int[] tokens)
    {
        writer.WriteStartArray();
        foreach (var token in tokens)
        {
            writer.WriteNumberValue(token);
        }

        writer.WriteEndArray();
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (reader.TokenType != type)
        {
            throw new JsonException($"Expected a string or an array of strings or token ids for {typeof(T).Name}, got {reader.TokenType}.");
        }
    }
}
