using System;

namespace Oai.Moderations;

/// <summary>One part of a multi-modal moderation input: a text (<c>{"type":"text"}</c>) or an image by URL or data URL
/// (<c>{"type":"image_url"}</c>).</summary>
/// <example><code>ModerationInput input = new[] { ModerationInputPart.Text("caption"), ModerationInputPart.ImageUrl(new Uri("https://example.com/a.png")) };</code></example>
public sealed record ModerationInputPart
{
    private ModerationInputPart(string? text, string? imageUrl)
    {
        TextValue = text;
        ImageUrlValue = imageUrl;
    }

    /// <summary>Gets the text, for a text part; otherwise null.</summary>
    public string? TextValue { get; }

    /// <summary>Gets the image URL or data URL, for an image part; otherwise null.</summary>
    public string? ImageUrlValue { get; }

    /// <summary>Creates a text part.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The part.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ModerationInputPart Text(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new(text, null);
    }

    /// <summary>Creates an image part from a URL (https or a <c>data:image/...;base64,</c> URL).</summary>
    /// <param name="url">The image URL.</param>
    /// <returns>The part.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="url"/> is null.</exception>
    public static ModerationInputPart ImageUrl(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return new(null, url.OriginalString);
    }

    /// <summary>Creates an image part from image bytes, sent as a data URL.</summary>
    /// <param name="image">The encoded image.</param>
    /// <param name="mediaType">Its media type, for example <c>image/png</c>.</param>
    /// <returns>The part.</returns>
    /// <exception cref="ArgumentException"><paramref name="mediaType"/> is null or empty.</exception>
    public static ModerationInputPart ImageBytes(ReadOnlySpan<byte> image, string mediaType)
    {
        ArgumentException.ThrowIfNullOrEmpty(mediaType);
        return new(null, $"data:{mediaType};base64,{Convert.ToBase64String(image)}");
    }
}
