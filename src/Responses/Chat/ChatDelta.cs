using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>The part of a message a stream chunk adds; null fields add nothing.</summary>
public sealed record ChatDelta
{
    /// <summary>Gets the author of the message, usually only on the first chunk.</summary>
    [JsonPropertyName("role")]
    public ChatRole? Role { get; init; }

    /// <summary>Gets the next piece of the content, or null.</summary>
    [JsonPropertyName("content")]
    public string? Content { get; init; }

    /// <summary>Gets the next piece of the refusal, or null.</summary>
    [JsonPropertyName("refusal")]
    public string? Refusal { get; init; }

    /// <summary>Gets the tool call fragments; empty when null or absent.</summary>
    [JsonPropertyName("tool_calls")]
    public IReadOnlyList<ChatToolCallDelta> ToolCalls { get; init => field = NullRule.Items(value); } = [];

    /// <summary>Gets the legacy function call fragment (deprecated), or null.</summary>
    [JsonPropertyName("function_call")]
    public ChatFunctionCallDelta? FunctionCall { get; init; }

    /// <summary>Gets the fields this record does not model, kept as sent.</summary>
    // set, not init: the source generator cannot bind [JsonExtensionData] to an init accessor (dotnet/runtime#107898).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Prints the members a person wants to see (counts for lists, nothing for what is empty), for <c>ToString()</c>.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder) => RecordText.Print(builder, ("Role", Role), ("Content", Content), ("Refusal", Refusal), ("ToolCalls", ToolCalls), ("FunctionCall", FunctionCall));
}
