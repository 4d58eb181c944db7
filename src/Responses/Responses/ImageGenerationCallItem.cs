using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>An image the model generated (<c>"type": "image_generation_call"</c>).</summary>
public sealed record ImageGenerationCallItem : ResponseItem
{
    /// <summary>The discriminator value of this variant.</summary>
    public const string Kind = "image_generation_call";

    /// <summary>Initializes a new instance with its type set to <c>image_generation_call</c>.</summary>
    public ImageGenerationCallItem()
    {
        Type = Kind;
    }

    /// <summary>Gets the image as base64, or null while generating.</summary>
    [JsonPropertyName("result")]
    public string? Result { get; init; }

    /// <summary>Gets the state of the call, or null when not sent.</summary>
    [JsonPropertyName("status")]
    public ResponseItemStatus? Status { get; init; }
}
