using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>How the model chooses tools: a mode (<see cref="Auto"/>, <see cref="None"/>, <see cref="Required"/>) or
/// one tool it must call.</summary>
[JsonConverter(typeof(ResponseToolChoiceConverter))]
public sealed record ResponseToolChoice
{
    private ResponseToolChoice(string? mode, string? type, string? name, string? serverLabel)
    {
        Mode = mode;
        Type = type;
        Name = name;
        ServerLabel = serverLabel;
    }

    /// <summary>Gets the model's own choice of whether and which tools to call: <c>"auto"</c>.</summary>
    public static ResponseToolChoice Auto { get; } = new("auto", null, null, null);

    /// <summary>Gets no tool calls: <c>"none"</c>.</summary>
    public static ResponseToolChoice None { get; } = new("none", null, null, null);

    /// <summary>Gets at least one tool call: <c>"required"</c>.</summary>
    public static ResponseToolChoice Required { get; } = new("required", null, null, null);

    /// <summary>Gets the mode as sent (<c>auto</c>, <c>none</c>, <c>required</c>), or null when one tool is named.</summary>
    public string? Mode { get; }

    /// <summary>Gets the type of the tool the model must call, or null for a mode.</summary>
    public string? Type { get; }

    /// <summary>Gets the name of the function, custom or MCP tool the model must call, or null.</summary>
    public string? Name { get; }

    /// <summary>Gets the MCP server of the tool the model must call, or null.</summary>
    public string? ServerLabel { get; }

    /// <summary>The model must call this function: <c>{"type": "function", "name": ...}</c>.</summary>
    /// <param name="name">The function's name.</param>
    /// <returns>The choice.</returns>
    public static ResponseToolChoice Function(string name) => new(null, "function", name, null);

    /// <summary>The model must call this custom tool: <c>{"type": "custom", "name": ...}</c>.</summary>
    /// <param name="name">The tool's name.</param>
    /// <returns>The choice.</returns>
    public static ResponseToolChoice Custom(string name) => new(null, "custom", name, null);

    /// <summary>The model must use this built-in tool: <c>{"type": "web_search_preview"}</c>, <c>file_search</c>...</summary>
    /// <param name="type">The tool's type.</param>
    /// <returns>The choice.</returns>
    public static ResponseToolChoice BuiltIn(string type) => new(null, type, null, null);

    /// <summary>The model must call a tool of this MCP server: <c>{"type": "mcp", "server_label": ..., "name": ...}</c>.</summary>
    /// <param name="serverLabel">The server's label.</param>
    /// <param name="name">The tool's name, or null for any of the server's tools.</param>
    /// <returns>The choice.</returns>
    public static ResponseToolChoice Mcp(string serverLabel, string? name = null) => new(null, "mcp", name, serverLabel);
}
