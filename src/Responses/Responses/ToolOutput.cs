using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>A tool call's <c>output</c> on the wire: a string, or a list of text, image and file parts.</summary>
/// <param name="Text">The string, or the text parts of the list joined.</param>
/// <param name="Parts">The list, or null when the output was a string.</param>
[JsonConverter(typeof(ToolOutputConverter))]
internal readonly record struct ToolOutput(string Text, IReadOnlyList<ResponseContentPart>? Parts)
{
    /// <summary>The output of a list of parts (null items dropped), or an empty string output when there is no list.</summary>
    public static ToolOutput Of(IReadOnlyList<ResponseContentPart>? parts)
    {
        if (parts is null)
        {
            return new(string.Empty, null);
        }

        var kept = NullRule.Items(parts);
        var text = new StringBuilder();
        foreach (var part in kept)
        {
            if (part is InputTextPart input)
            {
                text.Append(input.Text);
            }
        }

        return new(text.ToString(), kept);
    }
}

/// <summary>Reads and writes <see cref="ToolOutput"/> as the string or the list it was.</summary>
internal sealed class ToolOutputConverter : JsonConverter<ToolOutput>
{
    public override bool HandleNull => true;

    public override ToolOutput Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return new ToolOutput(reader.GetString()!, null);
        }

        // A null output reads as the empty string, as a missing one does (NullRule), and is written back as "".
        return reader.TokenType == JsonTokenType.Null
            ? new ToolOutput(string.Empty, null)
            : ToolOutput.Of(JsonSerializer.Deserialize(ref reader, RecordsJsonContext.Default.IReadOnlyListResponseContentPart));
    }

    public override void Write(Utf8JsonWriter writer, ToolOutput value, JsonSerializerOptions options)
    {
        if (value.Parts is { } parts)
        {
            JsonSerializer.Serialize(writer, parts, RecordsJsonContext.Default.IReadOnlyListResponseContentPart);
        }
        else
        {
            writer.WriteStringValue(value.Text);
        }
    }
}
