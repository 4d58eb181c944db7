using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.FineTuning;

/// <summary>Reads a job's <c>error</c>: null, or the <c>{}</c> the live service sends on healthy jobs, both mean no error.</summary>
internal sealed class FineTuningJobErrorConverter : JsonConverter<FineTuningJobError>
{
    public override FineTuningJobError? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var error = JsonSerializer.Deserialize(ref reader, RecordsJsonContext.Default.FineTuningJobError);
        return error is null || error.IsEmpty ? null : error;
    }

    public override void Write(Utf8JsonWriter writer, FineTuningJobError value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, RecordsJsonContext.Default.FineTuningJobError);
}
