using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>A fragment of a tool call in a stream; fragments with the same <see cref="Index"/> make one call.</summary>
public sealed record ChatToolCallDelta
{
    /// <summary>Gets the position of the tool call this fragment belongs to.</summary>
    [JsonPropertyName("index")]
    public int Index { get; init; }

    /// <summary>Gets the id of the tool call, usually only on the first fragment.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Gets the kind of tool call (<c>function</c>), usually only on the first fragment.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    /// <summary>Gets the function fragment, or null.</summary>
    [JsonPropertyName("function")]
    public ChatFunctionCallDelta? Function { get; init; }

    /// <summary>Gets the fields this record does not model, kept as sent.</summary>
    // set, not init: the source generator cannot bind [JsonExtensionData] to an init accessor (dotnet/runtime#107898).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
