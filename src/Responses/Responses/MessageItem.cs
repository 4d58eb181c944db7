using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>A message: input from the user, system or developer, or output from the model (<c>"type": "message"</c>).</summary>
public sealed record MessageItem : ResponseItem
{
    /// <summary>The discriminator value of this variant.</summary>
    public const string Kind = "message";

    /// <summary>Initializes a new instance with its type set to <c>message</c>.</summary>
    public MessageItem()
    {
        Type = Kind;
    }

    /// <summary>Gets the author of the message.</summary>
    [JsonPropertyName("role")]
    public ResponseRole Role { get; init; }

    /// <summary>Gets the content parts; a plain-text content reads as one <see cref="InputTextPart"/>.</summary>
    [JsonPropertyName("content")]
    [JsonConverter(typeof(ContentPartListConverter))]
    public IReadOnlyList<ResponseContentPart> Content { get; init => field = NullRule.Items(value); } = [];

    /// <summary>Gets the state of the item, or null when not sent (input built in code).</summary>
    [JsonPropertyName("status")]
    public ResponseItemStatus? Status { get; init; }

    /// <summary>Gets the message's text: its output and input text parts joined, when it has any.</summary>
    /// <param name="text">The joined text when non-empty; otherwise null.</param>
    /// <returns>True when the message holds text.</returns>
    public bool TryGetText([NotNullWhen(true)] out string? text)
    {
        var builder = new StringBuilder();
        foreach (var part in Content)
        {
            builder.Append(part switch
            {
                OutputTextPart output => output.Text,
                InputTextPart input => input.Text,
                _ => null,
            });
        }

        text = builder.Length > 0 ? builder.ToString() : null;
        return text is not null;
    }

    /// <summary>Gets the model's refusal, when the message is one.</summary>
    /// <param name="refusal">The refusal text; otherwise null.</param>
    /// <returns>True when the message holds a <see cref="RefusalPart"/>.</returns>
    public bool TryGetRefusal([NotNullWhen(true)] out string? refusal)
    {
        foreach (var part in Content)
        {
            if (part is RefusalPart found)
            {
                refusal = found.Refusal;
                return true;
            }
        }

        refusal = null;
        return false;
    }
}
