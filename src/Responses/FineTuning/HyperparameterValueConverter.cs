using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.FineTuning;

/// <summary>Reads and writes a <see cref="HyperparameterValue"/>: a JSON string (<c>"auto"</c>) or a number.</summary>
internal sealed class HyperparameterValueConverter : JsonConverter<HyperparameterValue>
{
    public override HyperparameterValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.Number => HyperparameterValue.FromNumber(reader.GetDouble()),
            JsonTokenType.String => HyperparameterValue.FromText(reader.GetString()!),
            _ => throw new JsonException($"Expected \"auto\" or a number for a hyperparameter, got {reader.TokenType}."),
        };

    public override void Write(Utf8JsonWriter writer, HyperparameterValue value, JsonSerializerOptions options)
    {
        if (value.Number is { } number)
        {
            writer.WriteNumberValue(number);
        }
        else
        {
            writer.WriteStringValue(value.Text ?? "auto");
        }
    }
}
