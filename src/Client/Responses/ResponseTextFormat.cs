using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>The format of a response's text output, sent polymorphically on its <c>type</c>.</summary>
/// <remarks>See <see href="https://platform.openai.com/docs/guides/structured-outputs">structured outputs</see>.</remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ResponseTextFormatText), "text")]
[JsonDerivedType(typeof(ResponseTextFormatJsonObject), "json_object")]
[JsonDerivedType(typeof(ResponseJsonSchemaFormat), "json_schema")]
public abstract record ResponseTextFormat
{
    /// <summary>Initialises a format; only the derived records in this library exist.</summary>
    private protected ResponseTextFormat()
    {
    }

    /// <summary>Gets plain text output: <c>{"type":"text"}</c>.</summary>
    public static ResponseTextFormat Text { get; } = new ResponseTextFormatText();

    /// <summary>Gets JSON mode, the older way to get valid JSON: <c>{"type":"json_object"}</c>.</summary>
    public static ResponseTextFormat JsonObject { get; } = new ResponseTextFormatJsonObject();

    /// <summary>Creates a structured-output format whose schema is given as JSON text.</summary>
    /// <param name="name">The schema's name.</param>
    /// <param name="schemaJson">The JSON schema, sent as given.</param>
    /// <param name="description">What the format is for; null sends none.</param>
    /// <param name="strict">Whether the model must follow the schema exactly; null leaves it to the service.</param>
    /// <returns>A <see cref="ResponseJsonSchemaFormat"/>.</returns>
    /// <exception cref="JsonException"><paramref name="schemaJson"/> is not valid JSON.</exception>
    public static ResponseJsonSchemaFormat JsonSchema(string name, string schemaJson, string? description = null, bool? strict = null) =>
        new() { Name = name, Schema = ResponseTool.ParseJson(schemaJson), Description = description, Strict = strict };
}
