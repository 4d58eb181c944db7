using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>A call of a custom (free-form input) tool: <c>{"type": "custom", "custom": {"name", "input"}}</c>.</summary>
public sealed record ChatCustomToolCall : ChatToolCall
{
    /// <summary>The discriminator value of this variant.</summary>
    public const string Kind = "custom";

    /// <summary>Initializes a new instance with <see cref="ChatToolCall.Type"/> set to <c>custom</c>.</summary>
    public ChatCustomToolCall()
    {
        Type = Kind;
    }

    /// <summary>Gets the custom tool the model called and its input.</summary>
    [JsonPropertyName("custom")]
    public new ChatCustomCall Custom { get; init => field = value ?? new(); } = new();
}
