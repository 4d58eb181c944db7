using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>An image in an input message: <c>{"type": "input_image", "image_url" or "file_id", "detail"}</c>.</summary>
public sealed record InputImagePart : ResponseContentPart
{
    /// <summary>The discriminator value of this variant.</summary>
    public const string Kind = "input_image";

    /// <summary>Initializes a new instance with its type set to <c>input_image</c>.</summary>
    public InputImagePart()
    {
        Type = Kind;
    }

    /// <summary>Gets the image URL or data URL, or null when the image is a file.</summary>
    [JsonPropertyName("image_url")]
    public string? ImageUrl { get; init; }

    /// <summary>Gets the id of an uploaded image file, or null.</summary>
    [JsonPropertyName("file_id")]
    public string? FileId { get; init; }

    /// <summary>Gets the detail level (<c>low</c>, <c>high</c>, <c>auto</c>), or null.</summary>
    [JsonPropertyName("detail")]
    public string? Detail { get; init; }
}
