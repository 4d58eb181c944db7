using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>The <c>image_url</c> object of an image content part.</summary>
public sealed record ChatImageUrl
{
    /// <summary>Gets the image URL: an https URL or a base64 <c>data:</c> URL.</summary>
    [JsonPropertyName("url")]
    public required string Url { get; init; }

    /// <summary>Gets the detail level; null leaves it to the service.</summary>
    [JsonPropertyName("detail")]
    public ImageDetail? Detail { get; init; }
}
