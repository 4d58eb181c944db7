using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>A tool the model may call, sent polymorphically on its <c>type</c>.</summary>
/// <remarks>See <see href="https://platform.openai.com/docs/guides/function-calling">function calling</see>.</remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ChatFunctionTool), "function")]
[JsonDerivedType(typeof(ChatCustomTool), "custom")]
public abstract record ChatTool
{
    /// <summary>Initialises a tool; only the derived records in this library exist.</summary>
    private protected ChatTool()
    {
    }

    /// <summary>Creates a function tool whose parameters are described by a JSON schema given as text.</summary>
    /// <param name="name">The function's name.</param>
    /// <param name="description">What the function does, to help the model choose it; null sends none.</param>
    /// <param name="parametersJson">The JSON schema of the arguments, sent as given; null sends no schema.</param>
    /// <param name="strict">Whether the model must follow the schema exactly; null leaves it to the service.</param>
    /// <returns>A <see cref="ChatFunctionTool"/>.</returns>
    /// <exception cref="JsonException"><paramref name="parametersJson"/> is not valid JSON.</exception>
    public static ChatFunctionTool Function(string name, string? description = null, string? parametersJson = null, bool? strict = null) =>
        Function(name, description, parametersJson is null ? null : ParseJson(parametersJson), strict);

    /// <summary>Creates a function tool whose parameters are described by a JSON schema element.</summary>
    /// <param name="name">The function's name.</param>
    /// <param name="description">What the function does, to help the model choose it; null sends none.</param>
    /// <param name="parameters">The JSON schema of the arguments, sent as given; null sends no schema.</param>
    /// <param name="strict">Whether the model must follow the schema exactly; null leaves it to the service.</param>
    /// <returns>A <see cref="ChatFunctionTool"/>.</returns>
    public static ChatFunctionTool Function(string name, string? description, JsonElement? parameters, bool? strict = null) =>
        new()
        {
            Function = new ChatFunctionDefinition
            {
                Name = name,
                Description = description,
                Parameters = parameters,
                Strict = strict,
            },
        };

    /// <summary>Creates a custom tool, whose input is free text or constrained by a grammar.</summary>
    /// <param name="name">The tool's name.</param>
    /// <param name="description">What the tool does; null sends none.</param>
    /// <param name="format">The input format; null leaves it to the service (unconstrained text).</param>
    /// <returns>A <see cref="ChatCustomTool"/>.</returns>
    public static ChatCustomTool Custom(string name, string? description = null, ChatCustomToolFormat? format = null) =>
        new() { Custom = new ChatCustomToolDefinition { Name = name, Description = description, Format = format } };

    /// <summary>Parses JSON text into a standalone element.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>An element that outlives the parsed document.</returns>
    internal static JsonElement ParseJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
