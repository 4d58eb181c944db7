using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>An item of a response's output or of a request's input: a message, a tool call, a tool call's output,
/// reasoning, or <see cref="UnknownResponseItem"/> for a kind this library does not know yet.</summary>
/// <remarks>
/// Discriminated by <c>type</c>. The same records serve both directions, so a response's output items can be sent
/// back as the next request's input exactly as they came (unknown ones included), as a tool loop does:
/// <c>Input = [.. previous.Output, ResponseItem.FunctionCallOutput(call.CallId, result)]</c>.
/// </remarks>
[JsonConverter(typeof(ResponseItemConverter))]
public abstract partial record ResponseItem
{
    /// <summary>Gets the discriminator exactly as the service sent it, for example <c>message</c>.</summary>
    [JsonPropertyName("type")]
    [JsonPropertyOrder(-2)]
    public string Type { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the item's id, or null for an input item built in code (the service assigns one).</summary>
    [JsonPropertyName("id")]
    [JsonPropertyOrder(-1)]
    public string? Id { get; init; }

    /// <summary>Gets the fields this record does not model, kept as sent.</summary>
    // set, not init: the source generator cannot bind [JsonExtensionData] to an init accessor (dotnet/runtime#107898).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Tells whether this is a message.</summary>
    /// <param name="message">The message when this is one; otherwise null.</param>
    /// <returns>True when this is a <see cref="MessageItem"/>.</returns>
    public bool TryGetMessage([NotNullWhen(true)] out MessageItem? message)
    {
        message = this as MessageItem;
        return message is not null;
    }

    /// <summary>Tells whether this is a call of one of your functions.</summary>
    /// <param name="call">The function call when this is one; otherwise null.</param>
    /// <returns>True when this is a <see cref="FunctionCallItem"/>.</returns>
    /// <example><code>if (item.TryGetFunctionCall(out var call)) { Run(call.Name, call.Arguments); }</code></example>
    public bool TryGetFunctionCall([NotNullWhen(true)] out FunctionCallItem? call)
    {
        call = this as FunctionCallItem;
        return call is not null;
    }

    /// <summary>Tells whether this is the model's reasoning.</summary>
    /// <param name="reasoning">The reasoning when this is one; otherwise null.</param>
    /// <returns>True when this is a <see cref="ReasoningItem"/>.</returns>
    public bool TryGetReasoning([NotNullWhen(true)] out ReasoningItem? reasoning)
    {
        reasoning = this as ReasoningItem;
        return reasoning is not null;
    }
}
