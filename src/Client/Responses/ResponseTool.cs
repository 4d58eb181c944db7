using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>A tool the model may call: <see cref="FunctionTool"/>, <see cref="CustomTool"/>, or a built-in tool
/// (<see cref="WebSearchTool"/>, <see cref="FileSearchTool"/>, <see cref="CodeInterpreterTool"/>,
/// <see cref="ImageGenerationTool"/>, <see cref="McpTool"/>); any other as its JSON with <see cref="FromJson"/>.</summary>
[JsonConverter(typeof(ResponseToolConverter))]
public abstract record ResponseTool
{
    /// <summary>Initialises a tool; only the derived records in this library exist.</summary>
    private protected ResponseTool(string type)
    {
        Type = type;
    }

    /// <summary>Gets the tool's type as sent, for example <c>function</c> or <c>web_search</c>.</summary>
    [JsonPropertyName("type")]
    [JsonPropertyOrder(-1)]
    public string Type { get; init; }

    /// <summary>Gets fields of the tool this record does not model, sent as given.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Creates a function tool whose parameters schema is given as JSON text.</summary>
    /// <param name="name">The function's name.</param>
    /// <param name="description">What the function does; null sends none.</param>
    /// <param name="parametersJson">The JSON schema of its parameters, or null for none.</param>
    /// <param name="strict">Whether the arguments must follow the schema exactly; null leaves it to the service.</param>
    /// <returns>A <see cref="FunctionTool"/>.</returns>
    /// <exception cref="JsonException"><paramref name="parametersJson"/> is not valid JSON.</exception>
    public static FunctionTool Function(string name, string? description = null, string? parametersJson = null, bool? strict = null) =>
        new() { Name = name, Description = description, Parameters = parametersJson is null ? null : ParseJson(parametersJson), Strict = strict };

    /// <summary>Creates a custom tool, whose input is free text.</summary>
    /// <param name="name">The tool's name.</param>
    /// <param name="description">What the tool does; null sends none.</param>
    /// <returns>A <see cref="CustomTool"/>.</returns>
    public static CustomTool Custom(string name, string? description = null) => new() { Name = name, Description = description };

    /// <summary>Creates the web search tool.</summary>
    /// <returns>A <see cref="WebSearchTool"/> of type <c>web_search</c>.</returns>
    public static WebSearchTool WebSearch() => new();

    /// <summary>Creates a file search tool over vector stores.</summary>
    /// <param name="vectorStoreIds">The vector stores to search.</param>
    /// <returns>A <see cref="FileSearchTool"/>.</returns>
    public static FileSearchTool FileSearch(params string[] vectorStoreIds) => new() { VectorStoreIds = vectorStoreIds };

    /// <summary>Creates a code interpreter tool in a new container holding the given files.</summary>
    /// <param name="fileIds">Files to put in the container, or none.</param>
    /// <returns>A <see cref="CodeInterpreterTool"/> with <c>"container": {"type": "auto", "file_ids": [...]}</c>.</returns>
    public static CodeInterpreterTool CodeInterpreter(params string[] fileIds)
    {
        return new() { Container = Auto(fileIds) };
    }

    /// <summary>Creates a code interpreter tool in an existing container.</summary>
    /// <param name="containerId">The container's id (<c>cntr_...</c>).</param>
    /// <returns>A <see cref="CodeInterpreterTool"/> with <c>"container": "cntr_..."</c>.</returns>
    public static CodeInterpreterTool CodeInterpreterInContainer(string containerId) =>
        new() { Container = JsonSerializer.SerializeToElement(containerId, ClientJsonContext.Default.String) };

    /// <summary>Creates the image generation tool.</summary>
    /// <returns>An <see cref="ImageGenerationTool"/>.</returns>
    public static ImageGenerationTool ImageGeneration() => new();

    /// <summary>Creates a remote MCP server tool.</summary>
    /// <param name="serverLabel">A label for the server, named in its calls.</param>
    /// <param name="serverUrl">The server's URL.</param>
    /// <param name="requireApproval"><c>always</c> or <c>never</c>; null leaves it to the service (always).</param>
    /// <returns>An <see cref="McpTool"/>.</returns>
    public static McpTool Mcp(string serverLabel, string serverUrl, string? requireApproval = null) =>
        new() { ServerLabel = serverLabel, ServerUrl = serverUrl, RequireApproval = requireApproval };

    /// <summary>Creates a tool from its JSON, for a tool this library does not model (<c>computer_use_preview</c>,
    /// <c>apply_patch</c>, <c>shell</c>...); it is sent exactly as given.</summary>
    /// <param name="json">The tool's JSON object, with its <c>type</c>.</param>
    /// <returns>A <see cref="RawResponseTool"/>.</returns>
    /// <exception cref="JsonException"><paramref name="json"/> is not valid JSON.</exception>
    public static RawResponseTool FromJson(string json)
    {
        var element = ParseJson(json);
        var type = element.ValueKind == JsonValueKind.Object && element.TryGetProperty("type", out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : string.Empty;
        return new RawResponseTool(type) { Json = element };
    }

    /// <summary>Parses JSON text into a standalone element.</summary>
    internal static JsonElement ParseJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    private static JsonElement Auto(string[] fileIds)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("type"u8, "auto");
            if (fileIds.Length > 0)
            {
                writer.WriteStartArray("file_ids"u8);
                foreach (var id in fileIds)
                {
                    writer.WriteStringValue(id);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }
}
