using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>Which tool, if any, the model calls: a mode (<c>none</c>, <c>auto</c>, <c>required</c>) or a named tool.</summary>
/// <remarks>
/// Modes are sent as a JSON string; a named tool as <c>{"type":"function","function":{"name":...}}</c> (or
/// <c>custom</c>); a restricted set as <c>{"type":"allowed_tools",...}</c>. See the
/// <see href="https://platform.openai.com/docs/api-reference/chat/create#chat-create-tool_choice">API reference</see>.
/// </remarks>
[JsonConverter(typeof(ChatToolChoiceConverter))]
public sealed record ChatToolChoice
{
    private ChatToolChoice(string kind, string? toolName = null, string? allowedMode = null, IReadOnlyList<string>? allowedFunctions = null)
    {
        Kind = kind;
        ToolName = toolName;
        AllowedToolsMode = allowedMode;
        AllowedFunctionNames = allowedFunctions;
    }

    /// <summary>Gets the model must not call a tool; it generates a message.</summary>
    public static ChatToolChoice None { get; } = new("none");

    /// <summary>Gets the model picks between generating a message and calling tools.</summary>
    public static ChatToolChoice Auto { get; } = new("auto");

    /// <summary>Gets the model must call one or more tools.</summary>
    public static ChatToolChoice Required { get; } = new("required");

    /// <summary>
    /// Gets the kind of choice as sent: <c>none</c>, <c>auto</c> or <c>required</c> for a mode, else the object's
    /// <c>type</c> (<c>function</c>, <c>custom</c>, <c>allowed_tools</c>) or any mode string the service added.
    /// </summary>
    public string Kind { get; }

    /// <summary>Gets the tool's name when <see cref="Kind"/> is <c>function</c> or <c>custom</c>.</summary>
    public string? ToolName { get; }

    /// <summary>Gets <c>auto</c> or <c>required</c> when <see cref="Kind"/> is <c>allowed_tools</c>.</summary>
    public string? AllowedToolsMode { get; }

    /// <summary>Gets the functions the model may call when <see cref="Kind"/> is <c>allowed_tools</c>.</summary>
    public IReadOnlyList<string>? AllowedFunctionNames { get; }

    /// <summary>Gets whether this choice is sent as a plain mode string.</summary>
    internal bool IsMode => ToolName is null && AllowedToolsMode is null;

    /// <summary>Forces the model to call the named function.</summary>
    /// <param name="name">The function's name.</param>
    /// <returns>The choice.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static ChatToolChoice ForFunction(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return new ChatToolChoice("function", toolName: name);
    }

    /// <summary>Forces the model to call the named custom tool.</summary>
    /// <param name="name">The custom tool's name.</param>
    /// <returns>The choice.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static ChatToolChoice ForCustomTool(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return new ChatToolChoice("custom", toolName: name);
    }

    /// <summary>Restricts the model to a subset of the request's function tools.</summary>
    /// <param name="required">True to require a call to one of them (<c>required</c>); false to allow it (<c>auto</c>).</param>
    /// <param name="functionNames">The names of the functions the model may call.</param>
    /// <returns>The choice.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="functionNames"/> is null.</exception>
    public static ChatToolChoice ForAllowedFunctions(bool required, params string[] functionNames)
    {
        ArgumentNullException.ThrowIfNull(functionNames);
        return new ChatToolChoice("allowed_tools", allowedMode: required ? "required" : "auto", allowedFunctions: functionNames.ToList());
    }

    /// <summary>Creates a mode choice from its wire string, for modes the service adds later.</summary>
    /// <param name="mode">The mode as sent, for example <c>auto</c>.</param>
    /// <returns>The choice.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="mode"/> is null.</exception>
    public static ChatToolChoice FromMode(string mode)
    {
        ArgumentNullException.ThrowIfNull(mode);
        return new ChatToolChoice(mode);
    }

    /// <summary>Returns the mode, or the kind and tool name.</summary>
    /// <returns>A short description such as <c>auto</c> or <c>function:get_weather</c>.</returns>
    public override string ToString() => ToolName is null ? Kind : $"{Kind}:{ToolName}";

    /// <summary>Creates an allowed-tools choice read from the wire.</summary>
    /// <param name="mode">The mode, <c>auto</c> or <c>required</c>.</param>
    /// <param name="functionNames">The function names.</param>
    /// <returns>The choice.</returns>
    internal static ChatToolChoice AllowedTools(string mode, IReadOnlyList<string> functionNames) =>
        new("allowed_tools", allowedMode: mode, allowedFunctions: functionNames);
}
