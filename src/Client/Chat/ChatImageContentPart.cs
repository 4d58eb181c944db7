using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>An <c>image_url</c> content part: an image the model looks at.</summary>
public sealed record ChatImageContentPart : ChatContentPart
{
    /// <summary>Gets the image's URL and detail level.</summary>
    [JsonPropertyName("image_url")]
    public new required ChatImageUrl ImageUrl { get; init; }
}
