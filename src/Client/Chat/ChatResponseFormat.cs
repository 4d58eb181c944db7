using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>The format the model must output, sent polymorphically on its <c>type</c>.</summary>
/// <remarks>See <see href="https://platform.openai.com/docs/guides/structured-outputs">structured outputs</see>.</remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ChatTextResponseFormat), "text")]
[JsonDerivedType(typeof(ChatJsonObjectResponseFormat), "json_object")]
[JsonDerivedType(typeof(ChatJsonSchemaResponseFormat), "json_schema")]
public abstract record ChatResponseFormat
{
    /// <summary>Initialises a format; only the derived records in this library exist.</summary>
    private protected ChatResponseFormat()
    {
    }

    /// <summary>Gets plain text output: <c>{"type":"text"}</c>.</summary>
    public static ChatResponseFormat Text { get; } = new ChatTextResponseFormat();

    /// <summary>Gets JSON mode, the older way to get valid JSON: <c>{"type":"json_object"}</c>.</summary>
    public static ChatResponseFormat JsonObject { get; } = new ChatJsonObjectResponseFormat();

    /// <summary>Creates a structured-output format whose schema is given as JSON text.</summary>
    /// <param name="name">The schema's name.</param>
    /// <param name="schemaJson">The JSON schema, sent as given.</param>
    /// <param name="description">What the format is for; null sends none.</param>
    /// <param name="strict">Whether the model must follow the schema exactly; null leaves it to the service.</param>
    /// <returns>A <see cref="ChatJsonSchemaResponseFormat"/>.</returns>
    /// <exception cref="JsonException"><paramref name="schemaJson"/> is not valid JSON.</exception>
    public static ChatJsonSchemaResponseFormat JsonSchema(string name, string schemaJson, string? description = null, bool? strict = null) =>
        JsonSchema(name, ChatTool.ParseJson(schemaJson), description, strict);

    /// <summary>Creates a structured-output format whose schema is given as a JSON element.</summary>
    /// <param name="name">The schema's name.</param>
    /// <param name="schema">The JSON schema, sent as given.</param>
    /// <param name="description">What the format is for; null sends none.</param>
    /// <param name="strict">Whether the model must follow the schema exactly; null leaves it to the service.</param>
    /// <returns>A <see cref="ChatJsonSchemaResponseFormat"/>.</returns>
    public static ChatJsonSchemaResponseFormat JsonSchema(string name, JsonElement schema, string? description = null, bool? strict = null) =>
        new()
        {
            JsonSchema = new ChatJsonSchema { Name = name, Description = description, Schema = schema, Strict = strict },
        };
}
