using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>The built-in image generation tool.</summary>
public sealed record ImageGenerationTool : ResponseTool
{
    /// <summary>Initializes a new instance with its type set to <c>image_generation</c>.</summary>
    public ImageGenerationTool()
        : base("image_generation")
    {
    }

    /// <summary>Gets the image model, for example <c>gpt-image-1</c>.</summary>
    [JsonPropertyName("model")]
    public string? Model { get; init; }

    /// <summary>Gets the size, for example <c>1024x1024</c>.</summary>
    [JsonPropertyName("size")]
    public string? Size { get; init; }

    /// <summary>Gets the quality: <c>low</c>, <c>medium</c>, <c>high</c> or <c>auto</c>.</summary>
    [JsonPropertyName("quality")]
    public string? Quality { get; init; }

    /// <summary>Gets the format: <c>png</c>, <c>webp</c> or <c>jpeg</c>.</summary>
    [JsonPropertyName("output_format")]
    public string? OutputFormat { get; init; }

    /// <summary>Gets how many partial images to stream (0 to 3).</summary>
    [JsonPropertyName("partial_images")]
    public int? PartialImages { get; init; }
}
