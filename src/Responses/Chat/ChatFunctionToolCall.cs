using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>A call of a function tool: <c>{"type": "function", "function": {"name", "arguments"}}</c>.</summary>
public sealed record ChatFunctionToolCall : ChatToolCall
{
    /// <summary>The discriminator value of this variant.</summary>
    public const string Kind = "function";

    /// <summary>Initializes a new instance with <see cref="ChatToolCall.Type"/> set to <c>function</c>.</summary>
    public ChatFunctionToolCall()
    {
        Type = Kind;
    }

    /// <summary>Gets the function the model called and its arguments.</summary>
    [JsonPropertyName("function")]
    public new ChatFunctionCall Function { get; init => field = value ?? new(); } = new();
}
