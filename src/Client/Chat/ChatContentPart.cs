using System;
using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>One part of a message's content, sent polymorphically on its <c>type</c>.</summary>
/// <remarks>
/// Users send text, images, audio and files; assistants send text and refusals; system, developer and tool messages
/// send text. Which part a model accepts is the service's rule, not checked here.
/// </remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ChatTextContentPart), "text")]
[JsonDerivedType(typeof(ChatImageContentPart), "image_url")]
[JsonDerivedType(typeof(ChatAudioContentPart), "input_audio")]
[JsonDerivedType(typeof(ChatFileContentPart), "file")]
[JsonDerivedType(typeof(ChatRefusalContentPart), "refusal")]
public abstract record ChatContentPart
{
    /// <summary>Initialises a part; only the derived records in this library exist.</summary>
    private protected ChatContentPart()
    {
    }

    /// <summary>Creates a text part.</summary>
    /// <param name="text">The text.</param>
    /// <returns>A <see cref="ChatTextContentPart"/>.</returns>
    public static ChatTextContentPart Text(string text) => new() { Text = text };

    /// <summary>Creates an image part that points at an image by URL (https or a <c>data:</c> URL).</summary>
    /// <param name="url">The image URL.</param>
    /// <param name="detail">The detail level; null leaves it to the service.</param>
    /// <returns>A <see cref="ChatImageContentPart"/>.</returns>
    public static ChatImageContentPart ImageUrl(string url, ImageDetail? detail = null) =>
        new() { ImageUrl = new ChatImageUrl { Url = url, Detail = detail } };

    /// <summary>Creates an image part that points at an image by URL.</summary>
    /// <param name="url">The image URL.</param>
    /// <param name="detail">The detail level; null leaves it to the service.</param>
    /// <returns>A <see cref="ChatImageContentPart"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="url"/> is null.</exception>
    public static ChatImageContentPart ImageUrl(Uri url, ImageDetail? detail = null)
    {
        ArgumentNullException.ThrowIfNull(url);
        return ImageUrl(url.OriginalString, detail);
    }

    /// <summary>Creates an image part carrying the image itself, sent as a base64 <c>data:</c> URL.</summary>
    /// <param name="bytes">The encoded image (PNG, JPEG, WEBP or GIF).</param>
    /// <param name="mediaType">The image's media type, for example <c>image/png</c>.</param>
    /// <param name="detail">The detail level; null leaves it to the service.</param>
    /// <returns>A <see cref="ChatImageContentPart"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="mediaType"/> is null or empty.</exception>
    public static ChatImageContentPart ImageBytes(ReadOnlySpan<byte> bytes, string mediaType, ImageDetail? detail = null) =>
        ImageUrl(DataUrl(bytes, mediaType), detail);

    /// <summary>Creates an audio part carrying the audio itself, sent base64-encoded.</summary>
    /// <param name="data">The encoded audio.</param>
    /// <param name="format">The audio's encoding.</param>
    /// <returns>A <see cref="ChatAudioContentPart"/>.</returns>
    public static ChatAudioContentPart InputAudio(ReadOnlySpan<byte> data, ChatInputAudioFormat format) =>
        new() { InputAudio = new ChatInputAudio { Data = Convert.ToBase64String(data), Format = format } };

    /// <summary>Creates a file part that refers to a file uploaded earlier.</summary>
    /// <param name="fileId">The id of the uploaded file.</param>
    /// <returns>A <see cref="ChatFileContentPart"/>.</returns>
    public static ChatFileContentPart File(string fileId) => new() { File = new ChatInputFile { FileId = fileId } };

    /// <summary>Creates a file part carrying the file itself, sent as a base64 <c>data:</c> URL.</summary>
    /// <param name="data">The file's bytes.</param>
    /// <param name="filename">The file name the model sees.</param>
    /// <param name="mediaType">The file's media type; PDF unless told otherwise.</param>
    /// <returns>A <see cref="ChatFileContentPart"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="mediaType"/> is null or empty.</exception>
    public static ChatFileContentPart FileData(ReadOnlySpan<byte> data, string filename, string mediaType = "application/pdf") =>
        new() { File = new ChatInputFile { FileData = DataUrl(data, mediaType), Filename = filename } };

    /// <summary>Creates a refusal part, for replaying an assistant message in which the model refused.</summary>
    /// <param name="refusal">The refusal text.</param>
    /// <returns>A <see cref="ChatRefusalContentPart"/>.</returns>
    public static ChatRefusalContentPart Refusal(string refusal) => new() { Refusal = refusal };

    private static string DataUrl(ReadOnlySpan<byte> bytes, string mediaType)
    {
        ArgumentException.ThrowIfNullOrEmpty(mediaType);
        return $"data:{mediaType};base64,{Convert.ToBase64String(bytes)}";
    }
}
