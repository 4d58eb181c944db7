using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>A tool call the model made, replayed in an assistant message; sent polymorphically on its <c>type</c>.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(AssistantFunctionToolCall), "function")]
[JsonDerivedType(typeof(AssistantCustomToolCall), "custom")]
public abstract record AssistantToolCall
{
    /// <summary>Initialises a tool call; only the derived records in this library exist.</summary>
    private protected AssistantToolCall()
    {
    }

    /// <summary>Gets the id of the tool call, which the matching tool message answers.</summary>
    [JsonPropertyName("id")]
    [JsonPropertyOrder(-1)]
    public required string Id { get; init; }

    /// <summary>Creates a function tool call.</summary>
    /// <param name="id">The id of the tool call.</param>
    /// <param name="name">The function's name.</param>
    /// <param name="arguments">The arguments as the JSON text the model generated.</param>
    /// <returns>A <see cref="AssistantFunctionToolCall"/>.</returns>
    public static AssistantFunctionToolCall Function(string id, string name, string arguments) =>
        new() { Id = id, Function = new AssistantFunctionCall { Name = name, Arguments = arguments } };

    /// <summary>Creates a custom tool call.</summary>
    /// <param name="id">The id of the tool call.</param>
    /// <param name="name">The custom tool's name.</param>
    /// <param name="input">The input the model generated.</param>
    /// <returns>A <see cref="AssistantCustomToolCall"/>.</returns>
    public static AssistantCustomToolCall Custom(string id, string name, string input) =>
        new() { Id = id, Custom = new AssistantCustomToolInput { Name = name, Input = input } };
}
