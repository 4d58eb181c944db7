using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Oai;

/// <summary>Reads and writes a union dispatched on its <c>type</c>: a known type becomes its record, any other the
/// union's unknown variant holding the raw JSON, which is written back exactly as it came.</summary>
/// <typeparam name="TBase">The union's base record.</typeparam>
internal abstract class UnionConverter<TBase> : JsonConverter<TBase>
    where TBase : class
{
    public override TBase? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (Variant(UnionJson.PeekString(reader, "type"u8)) is { } info)
        {
            return (TBase?)JsonSerializer.Deserialize(ref reader, info);
        }

        return Unknown(CheckedJsonElementConverter.ParseValue(ref reader));
    }

    public override void Write(Utf8JsonWriter writer, TBase value, JsonSerializerOptions options)
    {
        if (Raw(value) is { } raw)
        {
            if (raw.ValueKind == JsonValueKind.Undefined)
            {
                // An unknown variant built in code, without raw JSON: write the discriminator it carries.
                writer.WriteStartObject();
                writer.WriteString("type"u8, TypeOf(value));
                writer.WriteEndObject();
            }
            else
            {
                raw.WriteTo(writer);
            }

            return;
        }

        JsonSerializer.Serialize(writer, value, RecordsJsonContext.Default.GetTypeInfo(value.GetType())
            ?? throw new JsonException($"Cannot write {value.GetType().Name}."));
    }

    /// <summary>The record of a known discriminator, or null for one this library does not know.</summary>
    protected abstract JsonTypeInfo? Variant(string? type);

    /// <summary>The unknown variant holding <paramref name="raw"/>.</summary>
    protected abstract TBase Unknown(JsonElement raw);

    /// <summary>The raw JSON of an unknown variant, or null for a known one.</summary>
    protected abstract JsonElement? Raw(TBase value);

    /// <summary>The discriminator a value carries.</summary>
    protected abstract string TypeOf(TBase value);
}
