using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>Reads a message's <c>content</c>: a list of parts, or a plain string (as input messages may send it),
/// which reads as one <see cref="InputTextPart"/>. Writes the list.</summary>
internal sealed class ContentPartListConverter : JsonConverter<IReadOnlyList<ResponseContentPart>>
{
    public override IReadOnlyList<ResponseContentPart>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return [new InputTextPart { Text = reader.GetString()! }];
        }

        return JsonSerializer.Deserialize(ref reader, RecordsJsonContext.Default.IReadOnlyListResponseContentPart);
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<ResponseContentPart> value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, RecordsJsonContext.Default.IReadOnlyListResponseContentPart);
}
