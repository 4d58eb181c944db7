using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>The <c>json_schema</c> response format (structured outputs): the model outputs JSON matching a schema.</summary>
public sealed record ChatJsonSchemaResponseFormat : ChatResponseFormat
{
    /// <summary>Gets the schema and its options.</summary>
    [JsonPropertyName("json_schema")]
    public new required ChatJsonSchema JsonSchema { get; init; }
}
