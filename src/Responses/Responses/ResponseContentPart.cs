using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>A part of a message's content: <see cref="OutputTextPart"/>, <see cref="RefusalPart"/>,
/// <see cref="InputTextPart"/>, <see cref="InputImagePart"/>, <see cref="InputFilePart"/>, or
/// <see cref="UnknownContentPart"/> for a kind this library does not know yet.</summary>
[JsonConverter(typeof(ContentPartConverter))]
public abstract record ResponseContentPart
{
    /// <summary>Gets the discriminator exactly as the service sent it, for example <c>output_text</c>.</summary>
    [JsonPropertyName("type")]
    [JsonPropertyOrder(-1)]
    public string Type { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>Gets the fields this record does not model, kept as sent.</summary>
    // set, not init: the source generator cannot bind [JsonExtensionData] to an init accessor (dotnet/runtime#107898).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Creates a text part for an input message.</summary>
    /// <param name="text">The text.</param>
    /// <returns>An <see cref="InputTextPart"/>.</returns>
    public static InputTextPart InputText(string text) => new() { Text = text };

    /// <summary>Creates an image part from a URL or a <c>data:</c> URL.</summary>
    /// <param name="imageUrl">The image's URL or data URL.</param>
    /// <param name="detail">The detail level (<c>low</c>, <c>high</c>, <c>auto</c>), or null for the service's default.</param>
    /// <returns>An <see cref="InputImagePart"/>.</returns>
    public static InputImagePart InputImage(string imageUrl, string? detail = null) => new() { ImageUrl = imageUrl, Detail = detail };

    /// <summary>Creates an image part from an uploaded file.</summary>
    /// <param name="fileId">The file's id.</param>
    /// <param name="detail">The detail level, or null for the service's default.</param>
    /// <returns>An <see cref="InputImagePart"/>.</returns>
    public static InputImagePart InputImageFile(string fileId, string? detail = null) => new() { FileId = fileId, Detail = detail };

    /// <summary>Creates a file part from an uploaded file.</summary>
    /// <param name="fileId">The file's id.</param>
    /// <returns>An <see cref="InputFilePart"/>.</returns>
    public static InputFilePart InputFile(string fileId) => new() { FileId = fileId };

    /// <summary>Creates a file part from the file's bytes.</summary>
    /// <param name="filename">The file name.</param>
    /// <param name="dataUrl">The content as a data URL (<c>data:application/pdf;base64,...</c>).</param>
    /// <returns>An <see cref="InputFilePart"/>.</returns>
    public static InputFilePart InputFileData(string filename, string dataUrl) => new() { Filename = filename, FileData = dataUrl };
}
