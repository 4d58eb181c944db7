using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>The content of a message: either a plain string or a list of content parts.</summary>
/// <remarks>
/// A string converts implicitly, so <c>Content = "Hello"</c> works; it is sent as a JSON string. Parts are sent as a
/// JSON array. See <see href="https://platform.openai.com/docs/guides/vision">images</see> and
/// <see href="https://platform.openai.com/docs/guides/audio">audio</see> for what the parts carry.
/// </remarks>
[JsonConverter(typeof(ChatMessageContentConverter))]
public sealed class ChatMessageContent : IEquatable<ChatMessageContent>
{
    /// <summary>Initialises content that is a plain string.</summary>
    /// <param name="text">The text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ChatMessageContent(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
    }

    /// <summary>Initialises content made of parts.</summary>
    /// <param name="parts">The parts, in order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="parts"/> is null.</exception>
    public ChatMessageContent(IEnumerable<ChatContentPart> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        Parts = parts.ToList();
    }

    /// <summary>Gets the text when the content is a plain string; otherwise null.</summary>
    public string? Text { get; }

    /// <summary>Gets the parts when the content is a list of parts; otherwise null.</summary>
    public IReadOnlyList<ChatContentPart>? Parts { get; }

    /// <summary>Converts a string to plain-text content.</summary>
    /// <param name="text">The text.</param>
    public static implicit operator ChatMessageContent(string text) => new(text);

    /// <summary>Converts an array of parts to content made of parts.</summary>
    /// <param name="parts">The parts, in order.</param>
    public static implicit operator ChatMessageContent(ChatContentPart[] parts) => new(parts);

    /// <summary>Creates plain-text content.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The content.</returns>
    public static ChatMessageContent FromString(string text) => new(text);

    /// <summary>Creates content made of parts.</summary>
    /// <param name="parts">The parts, in order.</param>
    /// <returns>The content.</returns>
    public static ChatMessageContent FromChatContentPartArray(ChatContentPart[] parts) => new(parts);

    /// <inheritdoc />
    public bool Equals(ChatMessageContent? other)
    {
        if (other is null)
        {
            return false;
        }

        if (Text is not null || other.Text is not null)
        {
            return string.Equals(Text, other.Text, StringComparison.Ordinal);
        }

        return Parts!.SequenceEqual(other.Parts!);
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ChatMessageContent);

    /// <inheritdoc />
    public override int GetHashCode() => Text is not null ? StringComparer.Ordinal.GetHashCode(Text) : Parts!.Count;

    /// <summary>Returns the text, or a short description of the parts.</summary>
    /// <returns>The text or <c>[n parts]</c>.</returns>
    public override string ToString() => Text ?? $"[{Parts!.Count} parts]";
}
