using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>A tool call the model made: <see cref="ChatFunctionToolCall"/>, <see cref="ChatCustomToolCall"/> or
/// <see cref="UnknownChatToolCall"/> for a kind this library does not know yet.</summary>
/// <remarks>Discriminated by <c>type</c>; match on the derived record or use <see cref="TryGetFunction"/>.</remarks>
[JsonConverter(typeof(ChatToolCallConverter))]
public abstract record ChatToolCall
{
    /// <summary>Gets the id of the call, to be echoed in the tool message that answers it.</summary>
    [JsonPropertyName("id")]
    [JsonPropertyOrder(-1)]
    public string Id { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the discriminator exactly as the service sent it, for example <c>function</c>.</summary>
    [JsonPropertyName("type")]
    [JsonPropertyOrder(-2)]
    public string Type { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the fields this record does not model, kept as sent.</summary>
    // set, not init: the source generator cannot bind [JsonExtensionData] to an init accessor (dotnet/runtime#107898).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Creates a function tool call, to replay a model's call in an assistant message.</summary>
    /// <param name="id">The call's id, which the tool message answering it names.</param>
    /// <param name="name">The function's name.</param>
    /// <param name="arguments">The arguments, as the JSON text the model wrote.</param>
    /// <returns>A <see cref="ChatFunctionToolCall"/>.</returns>
    public static ChatFunctionToolCall Function(string id, string name, string arguments) =>
        new() { Id = id, Function = new ChatFunctionCall { Name = name, Arguments = arguments } };

    /// <summary>Creates a custom tool call, to replay a model's call in an assistant message.</summary>
    /// <param name="id">The call's id, which the tool message answering it names.</param>
    /// <param name="name">The custom tool's name.</param>
    /// <param name="input">The free-form input the model wrote.</param>
    /// <returns>A <see cref="ChatCustomToolCall"/>.</returns>
    public static ChatCustomToolCall Custom(string id, string name, string input) =>
        new() { Id = id, Custom = new ChatCustomCall { Name = name, Input = input } };

    /// <summary>Tells whether this is a function tool call.</summary>
    /// <param name="call">The function call when this is one; otherwise null.</param>
    /// <returns>True when this is a <see cref="ChatFunctionToolCall"/>.</returns>
    /// <example><code>if (toolCall.TryGetFunction(out var call)) { Run(call.Function.Name, call.Function.Arguments); }</code></example>
    public bool TryGetFunction([NotNullWhen(true)] out ChatFunctionToolCall? call)
    {
        call = this as ChatFunctionToolCall;
        return call is not null;
    }
}
