using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>A <c>function</c> tool: a function the model may call with JSON arguments.</summary>
public sealed record ChatFunctionTool : ChatTool
{
    /// <summary>Gets the function's definition.</summary>
    [JsonPropertyName("function")]
    public new required ChatFunctionDefinition Function { get; init; }
}
